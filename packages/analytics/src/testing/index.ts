export { plantedPcOffice } from './planted-pc-office.ts';
