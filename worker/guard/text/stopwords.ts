// Function words per language: they carry no topic, so overlap measures ignore them.
import type { Language } from "./language.ts";

const lists: Record<Language, string> = {
  en: `a about above after again against all am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off
on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves i'm i've i'd you're it's don't can't
also may might must shall us let get got`,
  fr: `a au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur leurs lui ma mais
me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une
vos votre vous c d j l m n s t y est sont suis es etes sommes ai as avons avez ont etait etaient ete etre avoir
fait faire ceci cela ca si plus tres tout tous toute toutes comme aussi donc alors ici la-bas ou quand comment
pourquoi quel quelle quels quelles dont lorsque puis sans sous chez vers entre`,
  de: `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus
bei bin bis bist da damit dann das dass dein deine dem den der des dich die dies diese diesem diesen dieser dieses
dir doch dort du durch ein eine einem einen einer eines er es euer eure für hab habe haben hat hatte hier hin
ich ihm ihn ihnen ihr ihre im in ist ja jede jedem jeden jeder jedes kann kein keine man mein meine mich mir mit
muss nach nicht noch nun nur ob oder ohne sehr sein seine sich sie sind so soll sollte über um und uns unser
unter vom von vor war waren warum was weil welche wenn wer werde werden wie wieder will wir wird wo zu zum zur`,
  es: `a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas
ellos en entre era es esa esas ese eso esos esta estaba estado estar este esto estos fue ha hay la las le les lo
los me mi mis mucho muy nada ni no nos nosotros o os otra otro para pero poco por porque que quien se sea ser si
sin sobre son su sus también te tengo tiene tu tus un una uno unos y ya yo mí tú él está están estoy`,
};

const sets: Record<Language, Set<string>> = Object.fromEntries(
  Object.entries(lists).map(([lang, list]) => [lang, new Set(list.split(/\s+/).filter(Boolean))]),
) as Record<Language, Set<string>>;

export function isStopword(word: string, language: Language): boolean {
  return sets[language].has(word);
}
