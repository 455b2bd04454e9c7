export { LoginPage } from './login-page';
export { SessionActions } from './session-actions';
