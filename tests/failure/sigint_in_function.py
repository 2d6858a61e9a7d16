def spin(n):
    total = 0
    while True:
        total += n


def main():
    print('ready', flush=True)
    spin(3)


main()
