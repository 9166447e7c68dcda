// Stands in for localforage's IndexedDB and WebSQL drivers (scripts/localforage-local-storage.ts):
// a driver localforage defines but never picks (`_support: false`), with every method it requires
// present, as its defineDriver checks.
const absent = () => Promise.reject(new Error('This localforage driver is left out of the simulator.'));

export default {
  _driver: 'primawebUnusedDriver',
  _support: false,
  _initStorage: absent,
  clear: absent,
  getItem: absent,
  iterate: absent,
  key: absent,
  keys: absent,
  length: absent,
  removeItem: absent,
  setItem: absent,
};
