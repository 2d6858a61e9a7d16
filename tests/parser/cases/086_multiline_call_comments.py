result = compute(
    a,  # first
    # standalone
    b,
    c=3,  # trailing
)
