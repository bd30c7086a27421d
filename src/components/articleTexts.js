// The Article page's texts: data/texts.zip holds 64 JSON files ("00.json" … "63.json"), each mapping
// the ids of the articles whose bucket it is (article-index.csv's bucket column, loaders/notebookTables.ts
// textBucket) to their title, outlet, URL, date, text and figures. A page opening one article downloads
// one of them (~1/64 of the corpus), never every text. Framework serves a member of a zip archive as a
// file of its own, but only for FileAttachment calls with a literal path: hence the list. The count
// must equal TEXT_BUCKETS (test/components/articleTexts.test.ts checks it).
import {FileAttachment} from "observablehq:stdlib";

export const TEXT_FILES = [
  FileAttachment("../data/texts/00.json"),
  FileAttachment("../data/texts/01.json"),
  FileAttachment("../data/texts/02.json"),
  FileAttachment("../data/texts/03.json"),
  FileAttachment("../data/texts/04.json"),
  FileAttachment("../data/texts/05.json"),
  FileAttachment("../data/texts/06.json"),
  FileAttachment("../data/texts/07.json"),
  FileAttachment("../data/texts/08.json"),
  FileAttachment("../data/texts/09.json"),
  FileAttachment("../data/texts/10.json"),
  FileAttachment("../data/texts/11.json"),
  FileAttachment("../data/texts/12.json"),
  FileAttachment("../data/texts/13.json"),
  FileAttachment("../data/texts/14.json"),
  FileAttachment("../data/texts/15.json"),
  FileAttachment("../data/texts/16.json"),
  FileAttachment("../data/texts/17.json"),
  FileAttachment("../data/texts/18.json"),
  FileAttachment("../data/texts/19.json"),
  FileAttachment("../data/texts/20.json"),
  FileAttachment("../data/texts/21.json"),
  FileAttachment("../data/texts/22.json"),
  FileAttachment("../data/texts/23.json"),
  FileAttachment("../data/texts/24.json"),
  FileAttachment("../data/texts/25.json"),
  FileAttachment("../data/texts/26.json"),
  FileAttachment("../data/texts/27.json"),
  FileAttachment("../data/texts/28.json"),
  FileAttachment("../data/texts/29.json"),
  FileAttachment("../data/texts/30.json"),
  FileAttachment("../data/texts/31.json"),
  FileAttachment("../data/texts/32.json"),
  FileAttachment("../data/texts/33.json"),
  FileAttachment("../data/texts/34.json"),
  FileAttachment("../data/texts/35.json"),
  FileAttachment("../data/texts/36.json"),
  FileAttachment("../data/texts/37.json"),
  FileAttachment("../data/texts/38.json"),
  FileAttachment("../data/texts/39.json"),
  FileAttachment("../data/texts/40.json"),
  FileAttachment("../data/texts/41.json"),
  FileAttachment("../data/texts/42.json"),
  FileAttachment("../data/texts/43.json"),
  FileAttachment("../data/texts/44.json"),
  FileAttachment("../data/texts/45.json"),
  FileAttachment("../data/texts/46.json"),
  FileAttachment("../data/texts/47.json"),
  FileAttachment("../data/texts/48.json"),
  FileAttachment("../data/texts/49.json"),
  FileAttachment("../data/texts/50.json"),
  FileAttachment("../data/texts/51.json"),
  FileAttachment("../data/texts/52.json"),
  FileAttachment("../data/texts/53.json"),
  FileAttachment("../data/texts/54.json"),
  FileAttachment("../data/texts/55.json"),
  FileAttachment("../data/texts/56.json"),
  FileAttachment("../data/texts/57.json"),
  FileAttachment("../data/texts/58.json"),
  FileAttachment("../data/texts/59.json"),
  FileAttachment("../data/texts/60.json"),
  FileAttachment("../data/texts/61.json"),
  FileAttachment("../data/texts/62.json"),
  FileAttachment("../data/texts/63.json"),
];

/** The texts in an article's bucket ("00" … "63"): {article id: {title, outlet, url, published, text, figures}}. */
export async function articleTexts(bucket) {
  const file = TEXT_FILES[Number.parseInt(bucket, 10)];
  if (!/^\d{2}$/.test(bucket) || !file) return {};
  return file.json();
}
