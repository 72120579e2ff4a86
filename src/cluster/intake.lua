-- wrk's requests for the cluster test's intake measurement (cluster_test.py): POST
-- /api/v1/requests with a new resident each time, from a client address of its own (the balancer
-- is trusted: X-Forwarded-For), so no allowance is ever used up. The requests go round ten request
-- types, as the benchmark's do (src/bench), so they spread over the units: all of one type would
-- queue behind one unit's assignment lock, which is the benchmark's worst case, not the cluster's.
-- wrk -s intake.lua URL -- RUN
local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

local kinds = {
  {type = "RIGHTS_INFO", answers = '"topic":"HOUSING","description":"אמי בת 84 גרה לבד בלי מעלית; אילו הטבות מגיעות לה? פנייה %d"'},
  {type = "MEDIATION", answers = '"other_party_name":"משפחת כהן","other_party_address":"רחוב הרצל %d","relationship":"SAME_BUILDING","dispute_description":"רעש חזק בלילות מהדירה מעלינו; נשמח לגישור.","other_party_aware":true'},
  {type = "HOUSE_COMMITTEE", answers = '"building_address":"שדרות ירושלים %d, יפו","issue":"FOUND_COMMITTEE","description":"אין ועד בית כבר שלוש שנים; רוצים להקים ועד."'},
  {type = "EMERGENCY_TEAM", locality = "ALUMA", answers = '"registration_kind":"JOIN_TEAM","team_area":"LOGISTICS","special_needs":"אין (%d)","household_size":3'},
  {type = "CRISIS_SUPPORT", answers = '"crisis_kind":"ILLNESS","family_size":4,"description":"משפחה שכנה צריכה עזרה בארוחות אחרי אשפוז (%d)."'},
  {type = "SELF_HELP", locality = "HAIFA", answers = '"wish":"FIND_GROUP","topic":"הורים לילדים על הרצף","description":"מחפשת קבוצה בערבים (%d)."'},
  {type = "VOLUNTEER", answers = '"skills":"מורה בגמלאות (%d)","availability":["WEEKENDS"],"areas":["SENIORS"],"professional_background":"הוראה"'},
  {type = "SENIORS", answers = '"programme":"GOLDEN_PARLIAMENT","description":"בן 72, רוצה להשתתף בפעילות (%d)."'},
  {type = "GENERAL", answers = '"subject":"ספסלים בגינה","description":"אין ספסלים בצל והתאורה לא עובדת (%d)."'},
  {type = "PROTECTION_CONTACT", locality = "EVEN_SHMUEL", answers = '"description":"ילד בבניין שלנו נשאר לבד עד הלילה (%d).","concerns_child":true,"safe_contact_time":"אחרי 16:00"'},
}

function init(args)
  run = tonumber(args[1] or "1")
  counter = 0
end

request = function()
  counter = counter + 1
  local n = counter
  local kind = kinds[(n + tid) % #kinds + 1]
  local locality = kind.locality and string.format('"locality":"%s",', kind.locality) or ""
  local body = string.format(
    '{"requestType":"%s",%s"language":"he","name":"תושבת מדידה %d","phone":"050-%07d",' ..
    '"email":"wrk.%d.%d.%d@mail.example","emailSafe":true,"consent":true,"answers":{' ..
    kind.answers .. '}}',
    kind.type, locality, n, n % 10000000, run, tid, n, n)
  local headers = {
    ["Content-Type"] = "application/json",
    ["X-Forwarded-For"] = string.format("172.%d.%d.%d", (run * 8 + tid) % 250, math.floor(n / 250) % 250, n % 250 + 1)
  }
  return wrk.format("POST", "/api/v1/requests", headers, body)
end
