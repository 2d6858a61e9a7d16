/**
 * Types of the runtime's internal heap blocks (backing arrays of lists, hash tables of
 * dicts and sets, generator frames). Never visible to Python code as values, but every heap
 * object has a type, and the collector traces by layout.
 */
import { defineBuiltinType } from './registry';
import { Layout } from '../heap/layout';
import { setArrayType } from './list';
import { setKeysType } from './dict';

defineBuiltinType({ name: 'value_array', layout: Layout.ValueArray, flags: 0, setRef: setArrayType });
defineBuiltinType({ name: 'dict_keys_table', layout: Layout.DictKeys, flags: 0, setRef: setKeysType });
