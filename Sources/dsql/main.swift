import DSQLCLI

DSQLMain.main()
