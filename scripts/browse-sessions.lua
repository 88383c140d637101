-- wrk script for scripts/scale-bench.sh: every request takes the next of many signed-in browser sessions and the
-- next of the pages any signed-in person reads, then pauses as a person reading a page would (10 to 30 s).
local sessions = {}
for line in io.lines(os.getenv("SESSIONS_FILE")) do
    if line ~= "" then sessions[#sessions + 1] = line end
end
local pages = { "/", "/inventory", "/tools", "/due", "/units", "/packs", "/exposure", "/account" }
local count = 0

function setup(thread)
    thread:set("seed", math.random(1, 1000000))
end

function init(args)
    math.randomseed(seed)
end

function request()
    count = count + 1
    local session = sessions[(count % #sessions) + 1]
    local page = pages[(count % #pages) + 1]
    return wrk.format("GET", page, { ["Cookie"] = "steward-session=" .. session })
end

function delay()
    return math.random(10000, 30000)
end
