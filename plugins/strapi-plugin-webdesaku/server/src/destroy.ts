import { stopReconciler } from './bootstrap';
import { stopDeliveries } from './services/deliver';

export default () => {
  stopReconciler();
  stopDeliveries();
};
