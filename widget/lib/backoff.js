export function backoffDelay(attempt, { first = 500, max = 15000 } = {}, random = Math.random) {
    const ceiling = Math.min(max, first * 2 ** Math.max(0, attempt));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
