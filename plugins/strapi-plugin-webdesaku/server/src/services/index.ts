import home from './home';
import provisioning from './provisioning';
import revalidation from './revalidation';
import seed from '../seed';

export default { home, provisioning, revalidation, seed };
