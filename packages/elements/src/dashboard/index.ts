export { TxDashboard, type DashboardStats } from './dashboard.ts';
