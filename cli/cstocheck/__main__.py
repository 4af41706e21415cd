from cstocheck.launch import main

main()
