/**
 * Every builtin type, imported in one fixed order: registration order decides each type's
 * index in the root table and each native's index, and must be the same in every worker.
 */
import './object';
import './int';
import './singletons';
import './float';
import './str';
import './tuple';
import './list';
import './dict';
import './internalTypes';
import './exceptions';
import './slice';
import './range';
import './function';
import './builtinFunction';
import './module';
import './descriptors';
import './generator';
import './coroutine';
import './builtinIterators';
import '../runtime/iteration';
import '../modules/stdstreams';
import './strMethods';
import './bytes';
import './bytearray';
import './memoryview';
import './set';
import './dictViews';
import './complex';
import './builtinExtras';
import './genericAlias';
import './frame';
import '../modules/math';
import '../modules/time';
import '../modules/random';
import '../modules/os';
import '../modules/gc';
import '../modules/io';
