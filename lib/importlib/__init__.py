"""A subset of importlib: import_module, reload, invalidate_caches."""
import sys


def _resolve_name(name, package, level):
    """Resolve a relative module name to an absolute one."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.

    """
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if not name:
        raise ValueError('Empty module name')
    try:
        return sys.modules[name]
    except KeyError:
        pass
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing is cached between imports here."""


def reload(module):
    """Reload the module and return it: its code runs again in the same namespace."""
    name = getattr(module, '__name__', None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    path = getattr(module, '__file__', None)
    if path is None:
        return module
    with open(path) as f:
        source = f.read()
    exec(compile(source, path, 'exec'), module.__dict__)
    return module
