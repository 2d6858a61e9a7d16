"""The io module: open() and file types from the native _io module, in-memory streams
(StringIO, BytesIO) written here, and the abstract base classes for isinstance checks."""

import _io
from _io import (open, FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper,
                 UnsupportedOperation, DEFAULT_BUFFER_SIZE)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def open_code(path):
    """Open the file at path for reading as bytes (as the import system does)."""
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """Return the encoding to use for text I/O when none is given: 'locale'."""
    if encoding is None:
        return "locale"
    return encoding


# ---- abstract base classes -----------------------------------------------------------------

class _IOMeta(type):
    """isinstance/issubclass for the io base classes also accept the native file types."""

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        for native in cls.__dict__.get('_native', ()):
            if type.__subclasscheck__(native, sub):
                return True
        return False


class IOBase(metaclass=_IOMeta):
    """The abstract base class for all I/O classes."""
    _native = (FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""
    _native = (FileIO,)


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""
    _native = (BufferedReader, BufferedWriter, BufferedRandom)


class TextIOBase(IOBase):
    """Base class for text I/O."""
    _native = (TextIOWrapper,)


# ---- in-memory streams ---------------------------------------------------------------------

def _check_whence(whence):
    if whence not in (0, 1, 2):
        raise ValueError("Invalid whence (%r, should be 0, 1 or 2)" % (whence,))


class _MemoryStream(IOBase):
    """What StringIO and BytesIO share: the closed state, the capability queries, context
    management, iteration and lists of lines, the position."""

    # The message of the type's own closed checks (StringIO's lacks the period of IOBase's).
    _closed_message = "I/O operation on closed file."
    # readlines(hint) stops once the lines read reach the hint (BytesIO) or pass it (IOBase).
    _hint_reached_when_equal = False

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def _check_closed(self):
        """The closed check of the methods CPython inherits from IOBase."""
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        self._check_closed()
        if hint is None or hint <= 0:
            hint = -1
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint > 0 and (total > hint or total == hint and self._hint_reached_when_equal):
                break
        return lines

    def tell(self):
        self._check_open()
        return self._pos


class StringIO(_MemoryStream, TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    __module__ = '_io'
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._newline = newline
        self._text = ''       # contents, once joined
        self._tail = []       # pieces appended after _text, not joined yet
        self._size = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    # -- state
    def _value(self):
        if self._tail:
            self._text = self._text + ''.join(self._tail)
            self._tail = []
        return self._text

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    encoding = None
    errors = None

    def detach(self):
        raise UnsupportedOperation("detach")

    def flush(self):
        pass

    def getvalue(self):
        self._check_open()
        return self._value()

    # -- writing
    def write(self, s):
        if type(s) is str and self._pos == self._size and self._newline == '\n' and not self._closed:
            # The common case: appending with no newline translation.
            self._tail.append(s)
            n = len(s)
            self._pos = self._size = self._pos + n
            return n
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None:
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl == '\r' or nl == '\r\n':
            if '\n' in s:
                s = s.replace('\n', nl)
        if not s:
            return n
        pos = self._pos
        size = self._size
        if pos == size:
            self._tail.append(s)
        else:
            text = self._value()
            if pos > size:
                text = text + '\0' * (pos - size)
                size = pos
            self._text = text[:pos] + s + text[pos + len(s):]
        self._pos = pos + len(s)
        if self._pos > size:
            self._size = self._pos
        return n

    def truncate(self, pos=None):
        self._check_open()
        if pos is None:
            pos = self._pos
        else:
            pos = pos.__index__()
            if pos < 0:
                raise ValueError("Negative size value %d" % pos)
        if pos < self._size:
            self._text = self._value()[:pos]
            self._size = pos
        return pos

    # -- reading
    def read(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        else:
            size = size.__index__()
        text = self._value()
        pos = self._pos
        if pos >= self._size:
            return ''
        end = self._size if size < 0 else min(self._size, pos + size)
        self._pos = end
        return text[pos:end]

    def _line_end(self, text, pos):
        nl = self._newline
        if nl == '':
            i = pos
            n = len(text)
            while i < n:
                c = text[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    return i + 2 if text.startswith('\n', i + 1) else i + 1
                i += 1
            return -1
        term = '\n' if nl is None else nl
        i = text.find(term, pos)
        return -1 if i < 0 else i + len(term)

    def readline(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        else:
            size = size.__index__()
        text = self._value()
        pos = self._pos
        if pos >= self._size:
            return ''
        end = self._line_end(text, pos)
        if end < 0:
            end = self._size
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return text[pos:end]

    # -- positioning
    def seek(self, pos, whence=0):
        self._check_open()
        pos = pos.__index__()
        whence = whence.__index__()
        _check_whence(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        else:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        return self._pos

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


class BytesIO(_MemoryStream, BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = '_io'
    _hint_reached_when_equal = True

    def __init__(self, initial_bytes=b''):
        buf = bytearray()
        if initial_bytes is not None:
            buf += initial_bytes
        self._buf = buf
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def __iter__(self):
        return self

    def getbuffer(self):
        self._check_open()
        return memoryview(self._buf)

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf += bytes(pos - len(buf))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_open()
        size = -1 if size is None else size.__index__()
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readline(self, size=-1):
        self._check_open()
        size = -1 if size is None else size.__index__()
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        i = buf.find(b'\n', pos)
        end = len(buf) if i < 0 else i + 1
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def seek(self, pos, whence=0):
        self._check_open()
        pos = pos.__index__()
        whence = whence.__index__()
        _check_whence(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        else:
            self._pos = max(0, len(self._buf) + pos)
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        else:
            size = size.__index__()
            if size < 0:
                raise ValueError("negative size value %d" % size)
        del self._buf[size:]
        return size


class IncrementalNewlineDecoder:
    """Translate \\r\\n and \\r to \\n in decoded text (fed in pieces)."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        if self.translate:
            output = output.replace("\r\n", "\n").replace("\r", "\n")
        return output

    def reset(self):
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()


class BufferedRWPair(BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = reader
        self.writer = writer

    def read(self, size=-1):
        return self.reader.read(size)

    def write(self, b):
        return self.writer.write(b)

    def close(self):
        self.writer.close()
        self.reader.close()
