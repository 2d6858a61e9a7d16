a = 'single'; b = "double"; c = '''triple
single'''; d = """triple
double"""
e = 'esc \' \" \\ \n \t \r \a \b \f \v \0 \01 \012 \x41 \u00e9 \U0001F600 \N{EM DASH} \N{bullet}'
f = r'raw \n \' \\'; g = R"raw"; h = u'unicode'; i = U"unicode"
j = b'bytes \x00 \xff \n'; k = B"B"; l = br'\d'; m = rb'\d'; n = Br'x'; o = bR'x'; p = RB'x'
q = 'implicit' "concat" '''of''' """strings"""
r = b'a' b'b'
s = 'line \
continued'
t = 'unknown \d escape'
u = u'a' 'b'
v = 'a' u'b'
w = ''
x = b''
y = 'é' 'ü' "中文" '😀'
z = '\t\x7f\x80\xa0\u2028\ufeff'
