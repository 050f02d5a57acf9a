import { collection, file, villageLink } from './shared';

export default {
  ...collection('budget', 'budgets', 'APBDes', 'Anggaran Pendapatan dan Belanja Desa'),
  attributes: {
    village: villageLink(),
    year: { type: 'integer', required: true, min: 2000, max: 2100 },
    lineItems: { type: 'component', repeatable: true, component: 'webdesaku.budget-line-item' },
    report: file(),
  },
};
