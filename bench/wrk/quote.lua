-- wrk script: POST /api/v1/returns/routes with a fresh returnId per request, so every request is a
-- real quote that is stored (the same id would re-quote one row under its lock).
-- Usage (a shop token for the shop below, bench-shop; bench/wrk/run.sh does all of this):
--   RETURNROUTER_TOKEN=$(java -jar modules/cli/target/returnrouter-cli.jar token --role shop --shop bench-shop --days 1) \
--   wrk -t2 -c16 -d30s --latency -s bench/wrk/quote.lua http://127.0.0.1:9080
local counter = 0
local thread_id = 0

function setup(thread)
  thread:set("tid", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  tid = tid or 0
  token = os.getenv("RETURNROUTER_TOKEN") or ""
  delivered = os.date("!%Y-%m-%d", os.time() - 7 * 86400)
end

request = function()
  counter = counter + 1
  local body = string.format([[
{"returnId": "W-%d-%d-%d", "shopId": "bench-shop", "market": "DE",
 "customer": {"lat": 52.52, "lon": 13.40, "postalCode": "10115", "country": "DE"},
 "deliveredOn": "%s", "reason": "SIZE_TOO_SMALL", "outcome": "EXCHANGE",
 "items": [{"sku": "TEE-1", "category": "FASHION", "lengthCm": 30, "widthCm": 20, "heightCm": 5, "weightKg": 0.4, "valueEur": 25},
           {"sku": "JEANS-2", "category": "FASHION", "lengthCm": 35, "widthCm": 25, "heightCm": 6, "weightKg": 0.7, "valueEur": 60},
           {"sku": "LAMP-3", "category": "HOME", "lengthCm": 40, "widthCm": 30, "heightCm": 30, "weightKg": 2.1, "valueEur": 49}]}]],
    os.time(), tid, counter, delivered)
  return wrk.format("POST", "/api/v1/returns/routes", {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end
