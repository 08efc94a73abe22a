// The import worker: unzips and parses a .docx or .odt and recognises the report away from the page, so a
// hostile or huge file cannot freeze it; the page ends the worker on 取消 or after its time limit.
import { readDocument, type DocumentRequest } from './read-document';

self.onmessage = (event: MessageEvent<DocumentRequest>) => {
  (self as unknown as Worker).postMessage(readDocument(event.data));
};
