a.match
a.case
a.type
a._
a.print
match.case = 1
