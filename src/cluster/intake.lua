-- wrk's requests for the cluster test's intake measurement (cluster_test.py): POST
-- /api/v1/requests with a new resident each time, from a client address of its own (the balancer
-- is trusted: X-Forwarded-For), so no allowance is ever used up. wrk -s intake.lua URL -- RUN
local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  run = tonumber(args[1] or "1")
  counter = 0
end

request = function()
  counter = counter + 1
  local n = counter
  local body = string.format(
    '{"requestType":"RIGHTS_INFO","language":"he","name":"תושבת מדידה %d","phone":"050-%07d",' ..
    '"email":"wrk.%d.%d.%d@mail.example","emailSafe":true,"consent":true,' ..
    '"answers":{"topic":"HOUSING","description":"אמי בת 84 גרה לבד בלי מעלית; אילו הטבות מגיעות לה? פנייה %d"}}',
    n, n % 10000000, run, tid, n, n)
  local headers = {
    ["Content-Type"] = "application/json",
    ["X-Forwarded-For"] = string.format("172.%d.%d.%d", (run * 8 + tid) % 250, math.floor(n / 250) % 250, n % 250 + 1)
  }
  return wrk.format("POST", "/api/v1/requests", headers, body)
end
