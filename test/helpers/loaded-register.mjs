import {register} from 'node:module'

register('./loaded-hook.mjs', import.meta.url)
