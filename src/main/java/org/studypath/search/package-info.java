/**
 * The catalog's search as you type: an in-memory index built from the resources' text ({@code ResourceText}) at each
 * catalog load, answering {@code domain.catalog.CatalogSearch}. Infrastructure beside the store and the file formats:
 * it depends on the domain only.
 */
package org.studypath.search;
