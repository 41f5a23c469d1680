export { liftCase } from "./lift";
