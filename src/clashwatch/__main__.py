from clashwatch.cli import main

main()
