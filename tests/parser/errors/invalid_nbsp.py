x = a + 1
