"""Operations on POSIX path names (Pyrallel's posixpath; os.path on this platform).

Every function accepts str, bytes or an os.PathLike object; the result has the type of the
arguments. The separator is '/' and there are no drives.
"""

import os
import stat as _stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


class _Tokens:
    """The separator, current-dir and parent-dir tokens in the type of a path."""
    __slots__ = ('sep', 'cur', 'par', 'dot', 'empty')

    def __init__(self, sep, cur, par, dot, empty):
        self.sep = sep
        self.cur = cur
        self.par = par
        self.dot = dot
        self.empty = empty


_STR = _Tokens('/', '.', '..', '.', '')
_BYTES = _Tokens(b'/', b'.', b'..', b'.', b'')


def _tokens(path):
    return _BYTES if isinstance(path, bytes) else _STR


def _type_error(funcname, args):
    """The TypeError for a bad or mixed argument list."""
    kinds = set()
    for a in args:
        if isinstance(a, str):
            kinds.add(str)
        elif isinstance(a, bytes):
            kinds.add(bytes)
        else:
            return TypeError(f'{funcname}() argument must be str, bytes, or '
                             f'os.PathLike object, not {type(a).__name__!r}')
    if len(kinds) > 1:
        return TypeError("Can't mix strings and bytes in path components")
    return None


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return os.fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = os.fspath(s)
    return s[:1] == _tokens(s).sep


def join(a, *p):
    """Join path components, inserting '/' as needed; an absolute component
    discards everything before it, and an empty last part gives a trailing '/'."""
    try:
        a = os.fspath(a)
        parts = [os.fspath(x) for x in p]
    except TypeError:
        parts = None
    err = _type_error('join', [a] + (list(p) if parts is None else parts))
    if err is not None:
        raise err from None
    s = _tokens(a).sep
    result = a
    for part in parts:
        if part[:1] == s:
            result = part
        elif result == a[:0] or result[-1:] == s:
            result = result + part
        else:
            result = result + s + part
    return result


def _strip_tail_seps(head, s):
    # Drop trailing separators unless the head is made of separators only.
    if head and head.strip(s):
        head = head.rstrip(s)
    return head


def split(p):
    """Split a pathname into (head, tail) where tail is everything after the
    final slash.  Either part may be empty."""
    p = os.fspath(p)
    s = _tokens(p).sep
    cut = p.rfind(s) + 1
    return _strip_tail_seps(p[:cut], s), p[cut:]


def splitext(p):
    """Split the extension from a pathname: (root, ext), where ext starts at the
    last dot of the last component, unless that component is all leading dots."""
    p = os.fspath(p)
    t = _tokens(p)
    name_start = p.rfind(t.sep) + 1
    dot = p.rfind(t.dot)
    if dot > name_start and p[name_start:dot].strip(t.dot):
        return p[:dot], p[dot:]
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always empty."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    p = os.fspath(p)
    return p[p.rfind(_tokens(p).sep) + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = os.fspath(p)
    s = _tokens(p).sep
    return _strip_tail_seps(p[:p.rfind(s) + 1], s)


# ---- queries on the file system ----------------------------------------------------------

def _stat_or_none(path, follow=True):
    try:
        return os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    return _stat_or_none(path) is not None


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    return _stat_or_none(path, False) is not None


def isfile(path):
    """Test whether a path is a regular file"""
    st = _stat_or_none(path)
    return st is not None and _stat.S_ISREG(st.st_mode)


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    st = _stat_or_none(s)
    return st is not None and _stat.S_ISDIR(st.st_mode)


def islink(path):
    """Test whether a path is a symbolic link"""
    st = _stat_or_none(path, False)
    return st is not None and _stat.S_ISLNK(st.st_mode)


def ismount(path):
    """Test whether a path is a mount point: a directory on another device than
    its parent, or the root."""
    st = _stat_or_none(path, False)
    if st is None or _stat.S_ISLNK(st.st_mode):
        return False
    path = os.fspath(path)
    parent = _stat_or_none(realpath(join(path, _tokens(path).par)), False)
    if parent is None:
        return False
    return st.st_dev != parent.st_dev or st.st_ino == parent.st_ino


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory"""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    return samestat(os.fstat(fp1), os.fstat(fp2))


# ---- string-level transformations --------------------------------------------------------

def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    n = 0
    limit = len(lo)
    while n < limit and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def _home_of(user):
    """Home directory of a user from /etc/passwd, or None."""
    try:
        from _io import open as _open
        with _open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 6 and fields[0] == user:
                    return fields[5]
    except OSError:
        pass
    return None


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    t = _tokens(path)
    if path[:1] != (b'~' if is_bytes else '~'):
        return path
    end = path.find(t.sep, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        home = os.environ.get('HOME')
    else:
        user = path[1:end]
        home = _home_of(user.decode('ascii') if is_bytes else user)
    if home is None:
        return path
    if is_bytes:
        home = os.fsencode(home)
    home = home.rstrip(t.sep)
    return (home + path[end:]) or t.sep


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        return expandvars(path.decode('utf-8', 'surrogateescape')).encode('utf-8', 'surrogateescape')
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        if path[i + 1] == '{':
            close = path.find('}', i + 2)
            name = path[i + 2:close] if close >= 0 else ''
            if name and all(_is_name_char(ch) for ch in name):
                out.append(os.environ.get(name, path[i:close + 1]))
                i = close + 1
                continue
        else:
            j = i + 1
            while j < n and _is_name_char(path[j]):
                j += 1
            if j > i + 1:
                out.append(os.environ.get(path[i + 1:j], path[i:j]))
                i = j
                continue
        out.append(c)
        i += 1
    return ''.join(out)


def _is_name_char(ch):
    return ch == '_' or (ch.isascii() and ch.isalnum())


def normpath(path):
    """Normalize path, eliminating double slashes, '.' and 'x/..' components."""
    path = os.fspath(path)
    t = _tokens(path)
    if not path:
        return t.cur
    # POSIX keeps exactly two leading slashes; one, or three and more, become one.
    lead = 0
    while lead < len(path) and path[lead:lead + 1] == t.sep:
        lead += 1
    lead = 2 if lead == 2 else min(lead, 1)
    kept = []
    for comp in path.split(t.sep):
        if comp == t.empty or comp == t.cur:
            continue
        if comp == t.par:
            if kept and kept[-1] != t.par:
                kept.pop()
                continue
            if lead:
                continue   # '..' above the root stays at the root
        kept.append(comp)
    result = t.sep * lead + t.sep.join(kept)
    return result or t.cur


def abspath(path):
    """Return an absolute path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
    symbolic links encountered in the path."""
    filename = os.fspath(filename)
    t = _tokens(filename)
    resolved = {}    # link path -> its resolution (None while being resolved)

    def walk(base, rest):
        # Resolve the components of `rest` on top of the already canonical `base`.
        # Returns (path, complete); complete is False after a symlink loop.
        if rest[:1] == t.sep:
            base = t.sep
            rest = rest[1:]
        comps = rest.split(t.sep)
        for i, name in enumerate(comps):
            if name == t.empty or name == t.cur:
                continue
            if name == t.par:
                if not base:
                    base = t.par
                else:
                    head, tail = split(base)
                    base = join(head, t.par, t.par) if tail == t.par else head
                continue
            candidate = join(base, name)
            try:
                is_link = _stat.S_ISLNK(os.lstat(candidate).st_mode)
            except OSError:
                if strict:
                    raise
                is_link = False
            if not is_link:
                base = candidate
                continue
            if candidate in resolved:
                known = resolved[candidate]
                if known is not None:
                    base = known
                    continue
                if strict:
                    os.stat(candidate)    # raises the loop error
                return join(candidate, t.sep.join(comps[i + 1:])), False
            resolved[candidate] = None
            target, complete = walk(base, os.readlink(candidate))
            if not complete:
                return join(target, t.sep.join(comps[i + 1:])), False
            resolved[candidate] = target
            base = target
        return base, True

    path, _ = walk(filename[:0], filename)
    return abspath(path)


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    t = _tokens(path)
    start = t.cur if start is None else os.fspath(start)
    err = _type_error('relpath', [path, start])
    if err is not None:
        raise err
    target = [c for c in abspath(path).split(t.sep) if c]
    origin = [c for c in abspath(start).split(t.sep) if c]
    common = 0
    while common < min(len(target), len(origin)) and target[common] == origin[common]:
        common += 1
    parts = [t.par] * (len(origin) - common) + target[common:]
    return join(*parts) if parts else t.cur


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    err = _type_error('commonpath', list(paths))
    if err is not None:
        raise err
    t = _tokens(paths[0])
    absolute = {p[:1] == t.sep for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    comps = [[c for c in p.split(t.sep) if c and c != t.cur] for p in paths]
    first = min(comps)
    last = max(comps)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    prefix = t.sep if absolute.pop() else t.sep[:0]
    return prefix + t.sep.join(first[:n])
