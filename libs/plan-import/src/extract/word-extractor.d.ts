/** The part of word-extractor 1.0.4 the importer uses (the package ships no types). */
declare module 'word-extractor' {
  interface TextOptions {
    /** true (the default) turns dashes and curly quotes into ASCII look-alikes. */
    filterUnicode?: boolean;
  }

  interface WordDocument {
    getBody(options?: TextOptions): string;
  }

  class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }

  export = WordExtractor;
}
