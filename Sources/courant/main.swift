print("courant: not yet built")
