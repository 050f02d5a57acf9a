import { collection, nonNegativeInt, villageLink } from './shared';

/** Aggregates only: never a name, NIK or address of a resident. */
export default {
  ...collection('statistic', 'statistics', 'Statistik Kependudukan', 'Data agregat penduduk per tahun'),
  attributes: {
    village: villageLink(),
    year: { type: 'integer', required: true, min: 2000, max: 2100 },
    populationMale: nonNegativeInt({ required: true }),
    populationFemale: nonNegativeInt({ required: true }),
    households: nonNegativeInt(),
    byAgeGroup: { type: 'component', repeatable: true, component: 'webdesaku.population-group' },
    byEducation: { type: 'component', repeatable: true, component: 'webdesaku.count-group' },
    byOccupation: { type: 'component', repeatable: true, component: 'webdesaku.count-group' },
  },
};
