if __name__ == '__main__':
    main()
__all__ = ['a', 'b']
