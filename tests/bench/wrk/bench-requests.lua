-- wrk script for bench:api. Each request signs in as a random seeded member (tokens file, one per line) and either
-- records a new completion (a fresh random id, so every write is a real insert) or reads the household's progress.
-- Usage: wrk -s bench-requests.lua <url> -- <tokens-file> <write|read> <lesson ids comma-separated>
local tokens, mode, lessons = {}, 'read', {}


function init(args)
  for line in io.lines(args[1]) do tokens[#tokens + 1] = line end
  mode = args[2]
  for id in string.gmatch(args[3] or '', '[^,]+') do lessons[#lessons + 1] = id end
  -- Threads must not draw the same ids: seed each from its own address and the clock.
  math.randomseed(os.time() + tonumber(tostring({}):match('0x(%x+)'), 16) % 100000)
end

local function uuid()
  return string.format('%08x-%04x-4%03x-%04x-%04x%08x', math.random(0, 0xffffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), 0x8000 + math.random(0, 0x3fff), math.random(0, 0xffff), math.random(0, 0xffffffff))
end

function request()

  local headers = { ['Authorization'] = 'Bearer ' .. tokens[math.random(#tokens)] }
  if mode == 'read' then return wrk.format('GET', '/api/households/mine', headers) end
  headers['Content-Type'] = 'application/json'
  local body = string.format('{"id":"%s","lessonId":"%s","lessonVersion":1,"score":1,"passed":true,"completedAt":"%s"}',
    uuid(), lessons[math.random(#lessons)], os.date('!%Y-%m-%dT%H:%M:%SZ'))
  return wrk.format('POST', '/api/completions', headers, body)
end

-- One JSON line for bench-api.ts to read; latencies are in microseconds.
function done(summary, latency)
  local errors = summary.errors
  io.write(string.format('WRK_RESULT {"requests":%d,"seconds":%f,"p50":%d,"p99":%d,"max":%d,"non2xx":%d,"socketErrors":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(99), latency.max,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
