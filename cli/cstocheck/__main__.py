from cstocheck.cli import main

main()
