/** `--help` of `ecomplan risk` and of `report --risk`: spread into the cli-help catalog, which `--help` reads alone. */
export const riskHelp = {
  'help.risk': {
    fr: 'la probabilité que la trésorerie devienne négative, tirée de l’incertitude du plan : avenirs tirés au sort, centiles, apport nécessaire, point mort, éventail de trésorerie',
    en: 'the probability that cash goes negative, from the plan’s own uncertainty: futures drawn, percentiles, financing needed, break-even, fan of cash',
  },
  'help.risk.draws': { fr: 'nombre d’avenirs tirés, de 64 à 100000 (par défaut : risk.draws, sinon 4096)', en: 'number of futures drawn, 64 to 100000 (default: risk.draws, else 4096)' },
  'help.risk.seed': { fr: 'graine du générateur : même graine, mêmes tirages (par défaut : risk.seed, sinon 1)', en: 'seed of the generator: same seed, same draws (default: risk.seed, else 1)' },
  'help.risk.samples': {
    fr: 'écrire un CSV d’une ligne par tirage : le facteur de chaque levier et ses résultats',
    en: 'write a CSV with one row per draw: the factor of each lever and its outcomes',
  },
  'help.risk.jobs': {
    fr: 'fils d’exécution qui se partagent les tirages (par défaut : 1) ; le résultat ne change pas',
    en: 'worker threads sharing the draws (default: 1); the result does not change',
  },
  'help.report.risk': {
    fr: 'ajouter l’« Analyse de risque » (déjà là quand le projet a une section risk)',
    en: 'add the risk analysis (“Analyse de risque”, already there when the project has a risk section)',
  },
} as const;
