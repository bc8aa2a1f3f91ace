from her2cli.cli import main

main()
