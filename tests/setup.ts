// IndexedDB for unit tests: fake-indexeddb installs a complete in-memory implementation globally.
import 'fake-indexeddb/auto';
