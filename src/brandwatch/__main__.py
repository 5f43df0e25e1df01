from brandwatch.cli import main

main()
