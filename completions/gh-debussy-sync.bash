_gh__debussy__sync() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="gh__debussy__sync"
                ;;
            gh__debussy__sync,auth)
                cmd="gh__debussy__sync__subcmd__auth"
                ;;
            gh__debussy__sync,completions)
                cmd="gh__debussy__sync__subcmd__completions"
                ;;
            gh__debussy__sync,config)
                cmd="gh__debussy__sync__subcmd__config"
                ;;
            gh__debussy__sync,doctor)
                cmd="gh__debussy__sync__subcmd__doctor"
                ;;
            gh__debussy__sync,guard)
                cmd="gh__debussy__sync__subcmd__guard"
                ;;
            gh__debussy__sync,help)
                cmd="gh__debussy__sync__subcmd__help"
                ;;
            gh__debussy__sync,history)
                cmd="gh__debussy__sync__subcmd__history"
                ;;
            gh__debussy__sync,issue)
                cmd="gh__debussy__sync__subcmd__issue"
                ;;
            gh__debussy__sync,jira)
                cmd="gh__debussy__sync__subcmd__jira"
                ;;
            gh__debussy__sync,man)
                cmd="gh__debussy__sync__subcmd__man"
                ;;
            gh__debussy__sync,phase)
                cmd="gh__debussy__sync__subcmd__phase"
                ;;
            gh__debussy__sync,plan)
                cmd="gh__debussy__sync__subcmd__plan"
                ;;
            gh__debussy__sync,release)
                cmd="gh__debussy__sync__subcmd__release"
                ;;
            gh__debussy__sync,run)
                cmd="gh__debussy__sync__subcmd__run"
                ;;
            gh__debussy__sync,serve)
                cmd="gh__debussy__sync__subcmd__serve"
                ;;
            gh__debussy__sync,status)
                cmd="gh__debussy__sync__subcmd__status"
                ;;
            gh__debussy__sync,sync)
                cmd="gh__debussy__sync__subcmd__sync"
                ;;
            gh__debussy__sync,watch)
                cmd="gh__debussy__sync__subcmd__watch"
                ;;
            gh__debussy__sync,webhook)
                cmd="gh__debussy__sync__subcmd__webhook"
                ;;
            gh__debussy__sync__subcmd__auth,help)
                cmd="gh__debussy__sync__subcmd__auth__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__auth,login)
                cmd="gh__debussy__sync__subcmd__auth__subcmd__login"
                ;;
            gh__debussy__sync__subcmd__auth,logout)
                cmd="gh__debussy__sync__subcmd__auth__subcmd__logout"
                ;;
            gh__debussy__sync__subcmd__auth,status)
                cmd="gh__debussy__sync__subcmd__auth__subcmd__status"
                ;;
            gh__debussy__sync__subcmd__auth__subcmd__help,help)
                cmd="gh__debussy__sync__subcmd__auth__subcmd__help__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__auth__subcmd__help,login)
                cmd="gh__debussy__sync__subcmd__auth__subcmd__help__subcmd__login"
                ;;
            gh__debussy__sync__subcmd__auth__subcmd__help,logout)
                cmd="gh__debussy__sync__subcmd__auth__subcmd__help__subcmd__logout"
                ;;
            gh__debussy__sync__subcmd__auth__subcmd__help,status)
                cmd="gh__debussy__sync__subcmd__auth__subcmd__help__subcmd__status"
                ;;
            gh__debussy__sync__subcmd__config,detect)
                cmd="gh__debussy__sync__subcmd__config__subcmd__detect"
                ;;
            gh__debussy__sync__subcmd__config,help)
                cmd="gh__debussy__sync__subcmd__config__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__config,init)
                cmd="gh__debussy__sync__subcmd__config__subcmd__init"
                ;;
            gh__debussy__sync__subcmd__config,path)
                cmd="gh__debussy__sync__subcmd__config__subcmd__path"
                ;;
            gh__debussy__sync__subcmd__config,show)
                cmd="gh__debussy__sync__subcmd__config__subcmd__show"
                ;;
            gh__debussy__sync__subcmd__config,validate)
                cmd="gh__debussy__sync__subcmd__config__subcmd__validate"
                ;;
            gh__debussy__sync__subcmd__config__subcmd__help,detect)
                cmd="gh__debussy__sync__subcmd__config__subcmd__help__subcmd__detect"
                ;;
            gh__debussy__sync__subcmd__config__subcmd__help,help)
                cmd="gh__debussy__sync__subcmd__config__subcmd__help__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__config__subcmd__help,init)
                cmd="gh__debussy__sync__subcmd__config__subcmd__help__subcmd__init"
                ;;
            gh__debussy__sync__subcmd__config__subcmd__help,path)
                cmd="gh__debussy__sync__subcmd__config__subcmd__help__subcmd__path"
                ;;
            gh__debussy__sync__subcmd__config__subcmd__help,show)
                cmd="gh__debussy__sync__subcmd__config__subcmd__help__subcmd__show"
                ;;
            gh__debussy__sync__subcmd__config__subcmd__help,validate)
                cmd="gh__debussy__sync__subcmd__config__subcmd__help__subcmd__validate"
                ;;
            gh__debussy__sync__subcmd__help,auth)
                cmd="gh__debussy__sync__subcmd__help__subcmd__auth"
                ;;
            gh__debussy__sync__subcmd__help,completions)
                cmd="gh__debussy__sync__subcmd__help__subcmd__completions"
                ;;
            gh__debussy__sync__subcmd__help,config)
                cmd="gh__debussy__sync__subcmd__help__subcmd__config"
                ;;
            gh__debussy__sync__subcmd__help,doctor)
                cmd="gh__debussy__sync__subcmd__help__subcmd__doctor"
                ;;
            gh__debussy__sync__subcmd__help,guard)
                cmd="gh__debussy__sync__subcmd__help__subcmd__guard"
                ;;
            gh__debussy__sync__subcmd__help,help)
                cmd="gh__debussy__sync__subcmd__help__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__help,history)
                cmd="gh__debussy__sync__subcmd__help__subcmd__history"
                ;;
            gh__debussy__sync__subcmd__help,issue)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue"
                ;;
            gh__debussy__sync__subcmd__help,jira)
                cmd="gh__debussy__sync__subcmd__help__subcmd__jira"
                ;;
            gh__debussy__sync__subcmd__help,man)
                cmd="gh__debussy__sync__subcmd__help__subcmd__man"
                ;;
            gh__debussy__sync__subcmd__help,phase)
                cmd="gh__debussy__sync__subcmd__help__subcmd__phase"
                ;;
            gh__debussy__sync__subcmd__help,plan)
                cmd="gh__debussy__sync__subcmd__help__subcmd__plan"
                ;;
            gh__debussy__sync__subcmd__help,release)
                cmd="gh__debussy__sync__subcmd__help__subcmd__release"
                ;;
            gh__debussy__sync__subcmd__help,run)
                cmd="gh__debussy__sync__subcmd__help__subcmd__run"
                ;;
            gh__debussy__sync__subcmd__help,serve)
                cmd="gh__debussy__sync__subcmd__help__subcmd__serve"
                ;;
            gh__debussy__sync__subcmd__help,status)
                cmd="gh__debussy__sync__subcmd__help__subcmd__status"
                ;;
            gh__debussy__sync__subcmd__help,sync)
                cmd="gh__debussy__sync__subcmd__help__subcmd__sync"
                ;;
            gh__debussy__sync__subcmd__help,watch)
                cmd="gh__debussy__sync__subcmd__help__subcmd__watch"
                ;;
            gh__debussy__sync__subcmd__help,webhook)
                cmd="gh__debussy__sync__subcmd__help__subcmd__webhook"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__auth,login)
                cmd="gh__debussy__sync__subcmd__help__subcmd__auth__subcmd__login"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__auth,logout)
                cmd="gh__debussy__sync__subcmd__help__subcmd__auth__subcmd__logout"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__auth,status)
                cmd="gh__debussy__sync__subcmd__help__subcmd__auth__subcmd__status"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__config,detect)
                cmd="gh__debussy__sync__subcmd__help__subcmd__config__subcmd__detect"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__config,init)
                cmd="gh__debussy__sync__subcmd__help__subcmd__config__subcmd__init"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__config,path)
                cmd="gh__debussy__sync__subcmd__help__subcmd__config__subcmd__path"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__config,show)
                cmd="gh__debussy__sync__subcmd__help__subcmd__config__subcmd__show"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__config,validate)
                cmd="gh__debussy__sync__subcmd__help__subcmd__config__subcmd__validate"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,activity)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__activity"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,claim)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__claim"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,close)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__close"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,comment)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__comment"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,create)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__create"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,depends)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__depends"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,edit)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__edit"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,link)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__link"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,links)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__links"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,list)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__list"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,progress)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__progress"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,ready)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__ready"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,reopen)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__reopen"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,search)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__search"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,sync)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__sync"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,unlink)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__unlink"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue,view)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__view"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__claim,check)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__claim__subcmd__check"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__claim,extend)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__claim__subcmd__extend"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__claim,list)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__claim__subcmd__list"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__claim,release)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__claim__subcmd__release"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__depends,add)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__depends__subcmd__add"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__depends,remove)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__depends__subcmd__remove"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__depends,show)
                cmd="gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__depends__subcmd__show"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__jira,comment)
                cmd="gh__debussy__sync__subcmd__help__subcmd__jira__subcmd__comment"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__jira,search)
                cmd="gh__debussy__sync__subcmd__help__subcmd__jira__subcmd__search"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__jira,transition)
                cmd="gh__debussy__sync__subcmd__help__subcmd__jira__subcmd__transition"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__jira,transitions)
                cmd="gh__debussy__sync__subcmd__help__subcmd__jira__subcmd__transitions"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__jira,view)
                cmd="gh__debussy__sync__subcmd__help__subcmd__jira__subcmd__view"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__jira,whoami)
                cmd="gh__debussy__sync__subcmd__help__subcmd__jira__subcmd__whoami"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__phase,complete)
                cmd="gh__debussy__sync__subcmd__help__subcmd__phase__subcmd__complete"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__phase,fail)
                cmd="gh__debussy__sync__subcmd__help__subcmd__phase__subcmd__fail"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__phase,start)
                cmd="gh__debussy__sync__subcmd__help__subcmd__phase__subcmd__start"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__plan,check)
                cmd="gh__debussy__sync__subcmd__help__subcmd__plan__subcmd__check"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__plan,complete)
                cmd="gh__debussy__sync__subcmd__help__subcmd__plan__subcmd__complete"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__plan,notes)
                cmd="gh__debussy__sync__subcmd__help__subcmd__plan__subcmd__notes"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__plan,publish)
                cmd="gh__debussy__sync__subcmd__help__subcmd__plan__subcmd__publish"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__plan,show)
                cmd="gh__debussy__sync__subcmd__help__subcmd__plan__subcmd__show"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__release,create)
                cmd="gh__debussy__sync__subcmd__help__subcmd__release__subcmd__create"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__webhook,list)
                cmd="gh__debussy__sync__subcmd__help__subcmd__webhook__subcmd__list"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__webhook,register)
                cmd="gh__debussy__sync__subcmd__help__subcmd__webhook__subcmd__register"
                ;;
            gh__debussy__sync__subcmd__help__subcmd__webhook,remove)
                cmd="gh__debussy__sync__subcmd__help__subcmd__webhook__subcmd__remove"
                ;;
            gh__debussy__sync__subcmd__issue,activity)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__activity"
                ;;
            gh__debussy__sync__subcmd__issue,claim)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__claim"
                ;;
            gh__debussy__sync__subcmd__issue,close)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__close"
                ;;
            gh__debussy__sync__subcmd__issue,comment)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__comment"
                ;;
            gh__debussy__sync__subcmd__issue,create)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__create"
                ;;
            gh__debussy__sync__subcmd__issue,depends)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__depends"
                ;;
            gh__debussy__sync__subcmd__issue,edit)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__edit"
                ;;
            gh__debussy__sync__subcmd__issue,help)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__issue,link)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__link"
                ;;
            gh__debussy__sync__subcmd__issue,links)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__links"
                ;;
            gh__debussy__sync__subcmd__issue,list)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__list"
                ;;
            gh__debussy__sync__subcmd__issue,progress)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__progress"
                ;;
            gh__debussy__sync__subcmd__issue,ready)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__ready"
                ;;
            gh__debussy__sync__subcmd__issue,reopen)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__reopen"
                ;;
            gh__debussy__sync__subcmd__issue,search)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__search"
                ;;
            gh__debussy__sync__subcmd__issue,sync)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__sync"
                ;;
            gh__debussy__sync__subcmd__issue,unlink)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__unlink"
                ;;
            gh__debussy__sync__subcmd__issue,view)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__view"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__claim,check)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__check"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__claim,extend)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__extend"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__claim,help)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__claim,list)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__list"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__claim,release)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__release"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help,check)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help__subcmd__check"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help,extend)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help__subcmd__extend"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help,help)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help,list)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help__subcmd__list"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help,release)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help__subcmd__release"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__depends,add)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__add"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__depends,help)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__depends,remove)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__remove"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__depends,show)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__show"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__help,add)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__help__subcmd__add"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__help,help)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__help__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__help,remove)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__help__subcmd__remove"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__help,show)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__help__subcmd__show"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,activity)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__activity"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,claim)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__claim"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,close)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__close"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,comment)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__comment"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,create)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__create"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,depends)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__depends"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,edit)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__edit"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,help)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,link)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__link"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,links)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__links"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,list)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__list"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,progress)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__progress"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,ready)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__ready"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,reopen)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__reopen"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,search)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__search"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,sync)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__sync"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,unlink)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__unlink"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help,view)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__view"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__claim,check)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__claim__subcmd__check"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__claim,extend)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__claim__subcmd__extend"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__claim,list)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__claim__subcmd__list"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__claim,release)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__claim__subcmd__release"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__depends,add)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__depends__subcmd__add"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__depends,remove)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__depends__subcmd__remove"
                ;;
            gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__depends,show)
                cmd="gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__depends__subcmd__show"
                ;;
            gh__debussy__sync__subcmd__jira,comment)
                cmd="gh__debussy__sync__subcmd__jira__subcmd__comment"
                ;;
            gh__debussy__sync__subcmd__jira,help)
                cmd="gh__debussy__sync__subcmd__jira__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__jira,search)
                cmd="gh__debussy__sync__subcmd__jira__subcmd__search"
                ;;
            gh__debussy__sync__subcmd__jira,transition)
                cmd="gh__debussy__sync__subcmd__jira__subcmd__transition"
                ;;
            gh__debussy__sync__subcmd__jira,transitions)
                cmd="gh__debussy__sync__subcmd__jira__subcmd__transitions"
                ;;
            gh__debussy__sync__subcmd__jira,view)
                cmd="gh__debussy__sync__subcmd__jira__subcmd__view"
                ;;
            gh__debussy__sync__subcmd__jira,whoami)
                cmd="gh__debussy__sync__subcmd__jira__subcmd__whoami"
                ;;
            gh__debussy__sync__subcmd__jira__subcmd__help,comment)
                cmd="gh__debussy__sync__subcmd__jira__subcmd__help__subcmd__comment"
                ;;
            gh__debussy__sync__subcmd__jira__subcmd__help,help)
                cmd="gh__debussy__sync__subcmd__jira__subcmd__help__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__jira__subcmd__help,search)
                cmd="gh__debussy__sync__subcmd__jira__subcmd__help__subcmd__search"
                ;;
            gh__debussy__sync__subcmd__jira__subcmd__help,transition)
                cmd="gh__debussy__sync__subcmd__jira__subcmd__help__subcmd__transition"
                ;;
            gh__debussy__sync__subcmd__jira__subcmd__help,transitions)
                cmd="gh__debussy__sync__subcmd__jira__subcmd__help__subcmd__transitions"
                ;;
            gh__debussy__sync__subcmd__jira__subcmd__help,view)
                cmd="gh__debussy__sync__subcmd__jira__subcmd__help__subcmd__view"
                ;;
            gh__debussy__sync__subcmd__jira__subcmd__help,whoami)
                cmd="gh__debussy__sync__subcmd__jira__subcmd__help__subcmd__whoami"
                ;;
            gh__debussy__sync__subcmd__phase,complete)
                cmd="gh__debussy__sync__subcmd__phase__subcmd__complete"
                ;;
            gh__debussy__sync__subcmd__phase,fail)
                cmd="gh__debussy__sync__subcmd__phase__subcmd__fail"
                ;;
            gh__debussy__sync__subcmd__phase,help)
                cmd="gh__debussy__sync__subcmd__phase__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__phase,start)
                cmd="gh__debussy__sync__subcmd__phase__subcmd__start"
                ;;
            gh__debussy__sync__subcmd__phase__subcmd__help,complete)
                cmd="gh__debussy__sync__subcmd__phase__subcmd__help__subcmd__complete"
                ;;
            gh__debussy__sync__subcmd__phase__subcmd__help,fail)
                cmd="gh__debussy__sync__subcmd__phase__subcmd__help__subcmd__fail"
                ;;
            gh__debussy__sync__subcmd__phase__subcmd__help,help)
                cmd="gh__debussy__sync__subcmd__phase__subcmd__help__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__phase__subcmd__help,start)
                cmd="gh__debussy__sync__subcmd__phase__subcmd__help__subcmd__start"
                ;;
            gh__debussy__sync__subcmd__plan,check)
                cmd="gh__debussy__sync__subcmd__plan__subcmd__check"
                ;;
            gh__debussy__sync__subcmd__plan,complete)
                cmd="gh__debussy__sync__subcmd__plan__subcmd__complete"
                ;;
            gh__debussy__sync__subcmd__plan,help)
                cmd="gh__debussy__sync__subcmd__plan__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__plan,notes)
                cmd="gh__debussy__sync__subcmd__plan__subcmd__notes"
                ;;
            gh__debussy__sync__subcmd__plan,publish)
                cmd="gh__debussy__sync__subcmd__plan__subcmd__publish"
                ;;
            gh__debussy__sync__subcmd__plan,show)
                cmd="gh__debussy__sync__subcmd__plan__subcmd__show"
                ;;
            gh__debussy__sync__subcmd__plan__subcmd__help,check)
                cmd="gh__debussy__sync__subcmd__plan__subcmd__help__subcmd__check"
                ;;
            gh__debussy__sync__subcmd__plan__subcmd__help,complete)
                cmd="gh__debussy__sync__subcmd__plan__subcmd__help__subcmd__complete"
                ;;
            gh__debussy__sync__subcmd__plan__subcmd__help,help)
                cmd="gh__debussy__sync__subcmd__plan__subcmd__help__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__plan__subcmd__help,notes)
                cmd="gh__debussy__sync__subcmd__plan__subcmd__help__subcmd__notes"
                ;;
            gh__debussy__sync__subcmd__plan__subcmd__help,publish)
                cmd="gh__debussy__sync__subcmd__plan__subcmd__help__subcmd__publish"
                ;;
            gh__debussy__sync__subcmd__plan__subcmd__help,show)
                cmd="gh__debussy__sync__subcmd__plan__subcmd__help__subcmd__show"
                ;;
            gh__debussy__sync__subcmd__release,create)
                cmd="gh__debussy__sync__subcmd__release__subcmd__create"
                ;;
            gh__debussy__sync__subcmd__release,help)
                cmd="gh__debussy__sync__subcmd__release__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__release__subcmd__help,create)
                cmd="gh__debussy__sync__subcmd__release__subcmd__help__subcmd__create"
                ;;
            gh__debussy__sync__subcmd__release__subcmd__help,help)
                cmd="gh__debussy__sync__subcmd__release__subcmd__help__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__webhook,help)
                cmd="gh__debussy__sync__subcmd__webhook__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__webhook,list)
                cmd="gh__debussy__sync__subcmd__webhook__subcmd__list"
                ;;
            gh__debussy__sync__subcmd__webhook,register)
                cmd="gh__debussy__sync__subcmd__webhook__subcmd__register"
                ;;
            gh__debussy__sync__subcmd__webhook,remove)
                cmd="gh__debussy__sync__subcmd__webhook__subcmd__remove"
                ;;
            gh__debussy__sync__subcmd__webhook__subcmd__help,help)
                cmd="gh__debussy__sync__subcmd__webhook__subcmd__help__subcmd__help"
                ;;
            gh__debussy__sync__subcmd__webhook__subcmd__help,list)
                cmd="gh__debussy__sync__subcmd__webhook__subcmd__help__subcmd__list"
                ;;
            gh__debussy__sync__subcmd__webhook__subcmd__help,register)
                cmd="gh__debussy__sync__subcmd__webhook__subcmd__help__subcmd__register"
                ;;
            gh__debussy__sync__subcmd__webhook__subcmd__help,remove)
                cmd="gh__debussy__sync__subcmd__webhook__subcmd__help__subcmd__remove"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        gh__debussy__sync)
            opts="-C -q -v -h -V --json --jq --dry-run --yes --quiet --verbose --no-color --help --version phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__auth)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help login logout status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__auth__subcmd__help)
            opts="login logout status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__auth__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__auth__subcmd__help__subcmd__login)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__auth__subcmd__help__subcmd__logout)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__auth__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__auth__subcmd__login)
            opts="-C -q -v -h --url --email --auth-type --hostname --with-token --json --jq --dry-run --yes --quiet --verbose --no-color --help github jira gitea"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --email)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-type)
                    COMPREPLY=($(compgen -W "basic bearer" -- "${cur}"))
                    return 0
                    ;;
                --hostname)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__auth__subcmd__logout)
            opts="-C -q -v -h --hostname --json --jq --dry-run --yes --quiet --verbose --no-color --help github jira gitea"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --hostname)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__auth__subcmd__status)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__completions)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__config)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help show path validate init detect help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__config__subcmd__detect)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__config__subcmd__help)
            opts="show path validate init detect help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__config__subcmd__help__subcmd__detect)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__config__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__config__subcmd__help__subcmd__init)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__config__subcmd__help__subcmd__path)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__config__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__config__subcmd__help__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__config__subcmd__init)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__config__subcmd__path)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__config__subcmd__show)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__config__subcmd__validate)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__doctor)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__guard)
            opts="-C -q -v -h --plan --force --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help)
            opts="phase plan release webhook status sync watch run serve guard issue jira auth history doctor config completions man help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__auth)
            opts="login logout status"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__auth__subcmd__login)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__auth__subcmd__logout)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__auth__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__config)
            opts="show path validate init detect"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__config__subcmd__detect)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__config__subcmd__init)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__config__subcmd__path)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__config__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__config__subcmd__validate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__doctor)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__guard)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__history)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue)
            opts="list view create edit close reopen comment link unlink links sync search claim depends ready progress activity"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__activity)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__claim)
            opts="release check extend list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__claim__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__claim__subcmd__extend)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__claim__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__claim__subcmd__release)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__close)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__comment)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__depends)
            opts="add remove show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__depends__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__depends__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__depends__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__edit)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__link)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__links)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__progress)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__ready)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__reopen)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__search)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__sync)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__unlink)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__issue__subcmd__view)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__jira)
            opts="view transitions transition comment search whoami"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__jira__subcmd__comment)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__jira__subcmd__search)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__jira__subcmd__transition)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__jira__subcmd__transitions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__jira__subcmd__view)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__jira__subcmd__whoami)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__man)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__phase)
            opts="start complete fail"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__phase__subcmd__complete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__phase__subcmd__fail)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__phase__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__plan)
            opts="show check complete notes publish"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__plan__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__plan__subcmd__complete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__plan__subcmd__notes)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__plan__subcmd__publish)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__plan__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__release)
            opts="create"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__release__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__run)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__serve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__sync)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__watch)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__webhook)
            opts="register list remove"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__webhook__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__webhook__subcmd__register)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__help__subcmd__webhook__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__history)
            opts="-C -q -v -h --plan --issue --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --issue)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__activity)
            opts="-C -q -v -h --since --agent --follow --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --agent)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__claim)
            opts="-C -q -v -h --ttl --json --jq --dry-run --yes --quiet --verbose --no-color --help release check extend list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__check)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__extend)
            opts="-C -q -v -h --add --force --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --add)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help)
            opts="release check extend list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help__subcmd__extend)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__help__subcmd__release)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__list)
            opts="-C -q -v -h --mine --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__claim__subcmd__release)
            opts="-C -q -v -h --force --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__close)
            opts="-C -q -v -h --reason --comment --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --reason)
                    COMPREPLY=($(compgen -W "completed not-planned" -- "${cur}"))
                    return 0
                    ;;
                --comment)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__comment)
            opts="-C -q -v -h --body --body-file --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --body)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__create)
            opts="-C -q -v -h --title --body --body-file --label --assignee --milestone --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --title)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --label)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assignee)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --milestone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__depends)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help add remove show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__add)
            opts="-C -q -v -h --on --blocks --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --on)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --blocks)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__help)
            opts="add remove show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__help__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__remove)
            opts="-C -q -v -h --on --blocks --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --on)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --blocks)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__depends__subcmd__show)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__edit)
            opts="-C -q -v -h --title --body --body-file --add-label --remove-label --add-assignee --remove-assignee --milestone --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --title)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --add-label)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --remove-label)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --add-assignee)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --remove-assignee)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --milestone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help)
            opts="list view create edit close reopen comment link unlink links sync search claim depends ready progress activity help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__activity)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__claim)
            opts="release check extend list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__claim__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__claim__subcmd__extend)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__claim__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__claim__subcmd__release)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__close)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__comment)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__depends)
            opts="add remove show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__depends__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__depends__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__depends__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__edit)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__link)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__links)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__progress)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__ready)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__reopen)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__search)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__sync)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__unlink)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__help__subcmd__view)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__link)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__links)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__list)
            opts="-C -q -v -h --state --label --assignee --query --limit --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --state)
                    COMPREPLY=($(compgen -W "open closed all" -- "${cur}"))
                    return 0
                    ;;
                --label)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assignee)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__progress)
            opts="-C -q -v -h --percent --stage --checkpoint --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --percent)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stage)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --checkpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__ready)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__reopen)
            opts="-C -q -v -h --comment --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --comment)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__search)
            opts="-C -q -v -h --in --limit --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --in)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__sync)
            opts="-C -q -v -h --all --apply --prefer --fields --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --prefer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fields)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__unlink)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__issue__subcmd__view)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__jira)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help view transitions transition comment search whoami help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__jira__subcmd__comment)
            opts="-C -q -v -h --body --body-file --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --body)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__jira__subcmd__help)
            opts="view transitions transition comment search whoami help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__jira__subcmd__help__subcmd__comment)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__jira__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__jira__subcmd__help__subcmd__search)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__jira__subcmd__help__subcmd__transition)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__jira__subcmd__help__subcmd__transitions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__jira__subcmd__help__subcmd__view)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__jira__subcmd__help__subcmd__whoami)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__jira__subcmd__search)
            opts="-C -q -v -h --limit --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__jira__subcmd__transition)
            opts="-C -q -v -h --resolution --comment --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resolution)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --comment)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__jira__subcmd__transitions)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__jira__subcmd__view)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__jira__subcmd__whoami)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__man)
            opts="-q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__phase)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help start complete fail help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__phase__subcmd__complete)
            opts="-C -q -v -h --plan --reason --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --reason)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__phase__subcmd__fail)
            opts="-C -q -v -h --plan --reason --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --reason)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__phase__subcmd__help)
            opts="start complete fail help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__phase__subcmd__help__subcmd__complete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__phase__subcmd__help__subcmd__fail)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__phase__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__phase__subcmd__help__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__phase__subcmd__start)
            opts="-C -q -v -h --plan --reason --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --reason)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__plan)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help show check complete notes publish help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__plan__subcmd__check)
            opts="-C -q -v -h --plan --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__plan__subcmd__complete)
            opts="-C -q -v -h --plan --auto-close --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__plan__subcmd__help)
            opts="show check complete notes publish help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__plan__subcmd__help__subcmd__check)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__plan__subcmd__help__subcmd__complete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__plan__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__plan__subcmd__help__subcmd__notes)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__plan__subcmd__help__subcmd__publish)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__plan__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__plan__subcmd__notes)
            opts="-C -q -v -h --plan --all --since --milestone --format --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --milestone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "markdown json" -- "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__plan__subcmd__publish)
            opts="-C -q -v -h --plan --tracker --milestone --due --apply --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tracker)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --milestone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --due)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__plan__subcmd__show)
            opts="-C -q -v -h --plan --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__release)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help create help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__release__subcmd__create)
            opts="-C -q -v -h --plan --milestone --close-milestone --target --draft --publish --tracker --apply --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --milestone)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --target)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tracker)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__release__subcmd__help)
            opts="create help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__release__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__release__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__run)
            opts="-C -q -v -h --plan --force --interval --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__serve)
            opts="-C -q -v -h --listen --poll --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --poll)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__status)
            opts="-C -q -v -h --plan --all --refresh --exit-status --format --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "markdown" -- "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__sync)
            opts="-C -q -v -h --plan --all --direction --apply --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --direction)
                    COMPREPLY=($(compgen -W "to-tracker from-tracker" -- "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__watch)
            opts="-C -q -v -h --plan --interval --once --issues --every --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --plan)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --every)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__webhook)
            opts="-C -q -v -h --json --jq --dry-run --yes --quiet --verbose --no-color --help register list remove help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__webhook__subcmd__help)
            opts="register list remove help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__webhook__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__webhook__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__webhook__subcmd__help__subcmd__register)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__webhook__subcmd__help__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__webhook__subcmd__list)
            opts="-C -q -v -h --tracker --repo --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --tracker)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repo)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__webhook__subcmd__register)
            opts="-C -q -v -h --events --secret-env --update-secret --tracker --repo --apply --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --events)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tracker)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repo)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        gh__debussy__sync__subcmd__webhook__subcmd__remove)
            opts="-C -q -v -h --tracker --repo --apply --json --jq --dry-run --yes --quiet --verbose --no-color --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --tracker)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repo)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -C)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _gh__debussy__sync -o nosort -o bashdefault -o default gh-debussy-sync
else
    complete -F _gh__debussy__sync -o bashdefault -o default gh-debussy-sync
fi
