// Reading files and building the model in one call: what data:check and the tests do. The web
// app never imports this (its worker reads, the page assembles), so the reader stays out of the
// page's bundle.
import type { InputFile } from '../data/types';
import { readDataset } from '../data/read';
import { BUILTIN_INDICATORS } from './catalogue';
import { DIMENSION_VALUES_FOR_READING } from './dimensionAliases';
import { buildModel, type Model, type ModelOptions } from './model';

export function loadDataset(files: InputFile[], options: ModelOptions = {}): Model {
  return buildModel(readDataset(files, { catalogue: BUILTIN_INDICATORS, dimensions: DIMENSION_VALUES_FOR_READING, reference: options.reference ?? null }), options);
}
