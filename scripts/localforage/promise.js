// localforage's utils/promise.js requires the `lie` polyfill where Promise is missing (IE 11):
// every browser the simulator supports (ES2020, build.target) has Promise.
export default Promise;
