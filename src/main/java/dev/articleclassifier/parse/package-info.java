/**
 * Reading uploaded news files into {@link dev.articleclassifier.parse.Article}s: wire text, text copied from news
 * pages, saved HTML pages and IPTC NITF XML. {@link dev.articleclassifier.parse.ArticleParser} is the entry point;
 * the other classes each handle one step (decoding bytes, spotting binary files, choosing the format, reading one
 * format, recognising datelines, agencies, dates, trailers and declared language). Plain Java: nothing here touches AWS.
 */
package dev.articleclassifier.parse;
