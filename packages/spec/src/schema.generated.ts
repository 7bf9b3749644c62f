// Generated from types.ts by `pnpm schema` (scripts/build-schema.ts); do not edit.
// The runtime schema: ../schema/v1.json without its `$id`, and with a dataset's `values` items left
// as DataRecord (the record checks enforce each view's record kind). A module, so that no bundler
// needs JSON imports.
import type { Schema } from '@cfworker/json-schema';

export const schemaV1: Schema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "Tongxin spec, version 1",
  "description": "A Tongxin spec: a dashboard or one view. Generated from packages/spec/src/types.ts by `pnpm schema`; do not edit.",
  "$ref": "#/definitions/Spec",
  "definitions": {
    "Spec": {
      "description": "A Tongxin spec: a dashboard or one view.",
      "type": "object",
      "required": [
        "kind"
      ],
      "properties": {
        "kind": {
          "description": "What this is: `dashboard` or a view kind.",
          "enum": [
            "dashboard",
            "county-map",
            "station-coverage",
            "activity-trend",
            "fund-chart",
            "kpi"
          ]
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "kind": {
                "const": "dashboard"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/definitions/DashboardSpec"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "county-map"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/definitions/CountyMapSpec"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "station-coverage"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/definitions/StationCoverageSpec"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "activity-trend"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/definitions/ActivityTrendSpec"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "fund-chart"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/definitions/FundChartSpec"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "kpi"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/definitions/KpiSpec"
          }
        }
      ]
    },
    "DashboardSpec": {
      "type": "object",
      "properties": {
        "$schema": {
          "type": "string",
          "description": "URL or path of the JSON Schema; ignored by the library."
        },
        "version": {
          "type": "number",
          "description": "Spec version. This library reads 1."
        },
        "title": {
          "type": "string",
          "description": "Title shown in the header."
        },
        "description": {
          "type": "string",
          "description": "Summary shown under the title and used as the accessible description."
        },
        "locale": {
          "$ref": "#/definitions/Locale",
          "description": "Default `zh-CN`."
        },
        "theme": {
          "$ref": "#/definitions/ThemeName",
          "description": "Default `portal`."
        },
        "refresh": {
          "$ref": "#/definitions/Duration",
          "description": "Re-fetch datasets with a `url` this often: a number and `ms`, `s`, `m` or `h`, e.g. `60s`."
        },
        "fetchTimeout": {
          "$ref": "#/definitions/Duration",
          "description": "Give up on a dataset request (first load or refresh) still unanswered after this long, and retry with the refresh back-off: a duration like `refresh`, from `1s` to `5m`. Default `30s`."
        },
        "sources": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Source"
          },
          "description": "Sources, by id, that records and figures name."
        },
        "datasets": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Dataset"
          },
          "description": "Datasets, by id."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes; not read by the library."
        },
        "kind": {
          "type": "string",
          "const": "dashboard"
        },
        "views": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/View"
          }
        },
        "links": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/Link"
          }
        },
        "layout": {
          "$ref": "#/definitions/Layout"
        },
        "tour": {
          "$ref": "#/definitions/Tour"
        }
      },
      "required": [
        "kind",
        "version",
        "views"
      ],
      "additionalProperties": false,
      "description": "A whole dashboard: views on a grid, linked."
    },
    "Locale": {
      "type": "string",
      "enum": [
        "zh-CN",
        "en"
      ],
      "description": "Display language. `zh-CN` first; `en` is complete."
    },
    "ThemeName": {
      "type": "string",
      "enum": [
        "portal",
        "bigscreen"
      ],
      "description": "`portal`: light, for a web page. `bigscreen`: dark, for a 大屏 wall."
    },
    "Duration": {
      "type": "string",
      "description": "A duration such as `30s`, `5m`, `1h` or `500ms`."
    },
    "Source": {
      "type": "object",
      "properties": {
        "title": {
          "type": "string",
          "description": "Title as published."
        },
        "publisher": {
          "type": "string",
          "description": "Who published it."
        },
        "author": {
          "type": "string",
          "description": "Author, where the article names one."
        },
        "date": {
          "type": "string",
          "description": "Publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`."
        },
        "url": {
          "type": "string",
          "description": "Where to read it."
        },
        "file": {
          "type": "string",
          "description": "A file in the project's seed archive."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes; not read by the library."
        }
      },
      "required": [
        "title"
      ],
      "additionalProperties": false,
      "description": "Where a figure comes from: an article, a report, a bureau's table."
    },
    "Dataset": {
      "type": "object",
      "properties": {
        "values": {
          "description": "Records (format `json`) or geometry (format `geojson`/`topojson`) inline.",
          "type": [
            "array",
            "object"
          ],
          "allOf": [
            {
              "if": {
                "type": "array"
              },
              "then": {
                "type": "array",
                "items": {
                  "$ref": "#/definitions/DataRecord"
                }
              }
            },
            {
              "if": {
                "type": "object"
              },
              "then": {
                "$ref": "#/definitions/InlineGeometry"
              }
            }
          ]
        },
        "url": {
          "type": "string",
          "description": "URL of the data, resolved against the spec's own URL. The only network calls the library makes are to these."
        },
        "format": {
          "$ref": "#/definitions/DatasetFormat",
          "description": "How to read the data. Default: `geojson` for `.geo.json`/`.geojson` URLs, `topojson` for `.topo.json`, `csv`, `tsv`, `xlsx` for those extensions, else `json`."
        },
        "sheet": {
          "type": "string",
          "description": "For `xlsx`: the sheet to read. Default: the first."
        },
        "property": {
          "type": "string",
          "description": "For `json`: a dot path to the records inside the response, e.g. `data.list` for `{\"code\":0,\"data\":{\"list\":[…]}}`."
        },
        "fields": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "The field a view reads → the source's column, e.g. `{\"township\": \"乡镇\", \"amount\": \"金额（元）\"}`. Cells are then read by the type the view expects: `500余万元` is 5000000 with qualifier `over`, a township name is resolved to its code. Columns not named here keep their own names."
        },
        "transform": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/Transform"
          },
          "description": "Transforms applied in order after `fields`; the records the view reads are checked after them."
        },
        "object": {
          "type": "string",
          "description": "For `topojson`: the object inside the topology to read. Default: its first object."
        },
        "crs": {
          "$ref": "#/definitions/Crs",
          "description": "Coordinate system of geometry and of `lon`/`lat` fields. Default `wgs84`."
        },
        "illustrative": {
          "type": "boolean",
          "description": "Marks demo data the sources do not give; every view that shows it says 示意数据 / illustrative."
        },
        "attribution": {
          "type": "string",
          "description": "Attribution shown with the data (map outlines: their provider and licence)."
        },
        "source": {
          "type": "string",
          "description": "Default source id for the records that name none."
        },
        "extraFields": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Columns the portal's API carries that no view reads; they are kept and ignored. Every other field of a record a view reads must belong to its record kind (a typo such as `qualifer` is an error), or go into the record's `meta`."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes; not read by the library."
        }
      },
      "additionalProperties": false,
      "description": "A named table or geometry that views read. Give exactly one of `values` or `url`."
    },
    "DataRecord": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/definitions/Cell"
      },
      "properties": {
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes and the portal's extra columns, kept and not read by the library."
        }
      },
      "description": "One record of a tabular dataset: scalar cells, and a free `meta` object. Field names are free here; the records a view reads follow its record kind (`StationRecord`, `ActivityRecord`, `FundRecord`, `KpiRecord`), and the validator rejects a field the kind does not have. Any record may carry `qualifier`, `source` (an id in `sources`), `illustrative` and `meta`."
    },
    "Cell": {
      "type": [
        "string",
        "number",
        "boolean",
        "null"
      ],
      "description": "A scalar cell of a data record."
    },
    "InlineGeometry": {
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "FeatureCollection",
            "Topology"
          ],
          "description": "`FeatureCollection` (GeoJSON) or `Topology` (TopoJSON)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": {},
      "description": "Inline geometry: a GeoJSON FeatureCollection or a TopoJSON Topology."
    },
    "DatasetFormat": {
      "type": "string",
      "enum": [
        "json",
        "geojson",
        "topojson",
        "csv",
        "tsv",
        "xlsx"
      ],
      "description": "How a dataset's file is read. `json`: an array of records; `csv`, `tsv`, `xlsx`: a table whose first row names the columns."
    },
    "Transform": {
      "type": "object",
      "if": {
        "required": [
          "aggregate"
        ]
      },
      "then": {
        "$ref": "#/definitions/AggregateTransform"
      },
      "else": {
        "if": {
          "required": [
            "fold"
          ]
        },
        "then": {
          "$ref": "#/definitions/FoldTransform"
        },
        "else": {
          "if": {
            "required": [
              "timeUnit"
            ]
          },
          "then": {
            "$ref": "#/definitions/TimeUnitTransform"
          },
          "else": {
            "if": {
              "required": [
                "lookup"
              ]
            },
            "then": {
              "$ref": "#/definitions/LookupTransform"
            },
            "else": {
              "$ref": "#/definitions/FilterTransform"
            }
          }
        }
      }
    },
    "FilterTransform": {
      "type": "object",
      "properties": {
        "filter": {
          "$ref": "#/definitions/FieldPredicate"
        }
      },
      "required": [
        "filter"
      ],
      "additionalProperties": false,
      "description": "`{ \"filter\": { \"field\": \"年度\", \"gte\": 2022 } }`."
    },
    "FieldPredicate": {
      "type": "object",
      "properties": {
        "field": {
          "type": "string",
          "description": "The field to test (after `fields`)."
        },
        "equal": {
          "$ref": "#/definitions/FilterValue"
        },
        "oneOf": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/FilterValue"
          }
        },
        "range": {
          "type": "array",
          "items": {
            "type": "number"
          },
          "description": "Inclusive `[min, max]`; numbers are read like the cells (`500万` is 5000000)."
        },
        "gte": {
          "type": "number"
        },
        "lte": {
          "type": "number"
        }
      },
      "required": [
        "field"
      ],
      "additionalProperties": false,
      "description": "Keep the records whose `field` passes: `equal`, `oneOf`, `range` [min, max] (inclusive), `gte`, `lte`."
    },
    "FilterValue": {
      "type": [
        "string",
        "number"
      ],
      "description": "A value a filter compares with: a cell's text or number."
    },
    "AggregateTransform": {
      "type": "object",
      "properties": {
        "aggregate": {
          "type": "object",
          "properties": {
            "groupby": {
              "type": "array",
              "items": {
                "type": "string"
              },
              "description": "Fields to group by; none: one record for the whole table."
            },
            "ops": {
              "type": "array",
              "items": {
                "$ref": "#/definitions/AggregateOpDef"
              }
            }
          },
          "required": [
            "ops"
          ],
          "additionalProperties": false
        }
      },
      "required": [
        "aggregate"
      ],
      "additionalProperties": false,
      "description": "`{ \"aggregate\": { \"groupby\": [\"township\"], \"ops\": [{ \"op\": \"sum\", \"field\": \"amount\", \"as\": \"amount\" }] } }`. A sum over 多/余 figures stays \"over\", over 约 figures \"about\"; a group with any illustrative record is illustrative; a group's `source` is kept when all its records share one."
    },
    "AggregateOpDef": {
      "type": "object",
      "properties": {
        "op": {
          "$ref": "#/definitions/AggregateOp"
        },
        "field": {
          "type": "string",
          "description": "The field read (numbers read like the cells); `count` may leave it out."
        },
        "as": {
          "type": "string",
          "description": "The output field."
        }
      },
      "required": [
        "op",
        "as"
      ],
      "additionalProperties": false
    },
    "AggregateOp": {
      "type": "string",
      "enum": [
        "sum",
        "count",
        "mean",
        "min",
        "max",
        "distinct"
      ]
    },
    "FoldTransform": {
      "type": "object",
      "properties": {
        "fold": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "as": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Names of the key and value fields: two names. Default `[\"key\", \"value\"]`."
        }
      },
      "required": [
        "fold"
      ],
      "additionalProperties": false,
      "description": "Wide to long: `{ \"fold\": [\"2022\", \"2023\"], \"as\": [\"period\", \"value\"] }` turns a column per year into one record per year, the column name in `as[0]`, the cell in `as[1]`."
    },
    "TimeUnitTransform": {
      "type": "object",
      "properties": {
        "timeUnit": {
          "type": "string",
          "enum": [
            "year",
            "quarter",
            "month"
          ]
        },
        "field": {
          "type": "string"
        },
        "as": {
          "type": "string",
          "description": "Output field. Default: `field`."
        }
      },
      "required": [
        "timeUnit",
        "field"
      ],
      "additionalProperties": false,
      "description": "`{ \"timeUnit\": \"quarter\", \"field\": \"日期\", \"as\": \"period\" }`: a date (`2024-05-17`, `2024/5/17`, `2024年5月`, an Excel date) → `2024-Q2`."
    },
    "LookupTransform": {
      "type": "object",
      "properties": {
        "lookup": {
          "type": "string",
          "description": "The field of this dataset whose value is looked up."
        },
        "from": {
          "type": "object",
          "properties": {
            "data": {
              "type": "string",
              "description": "Id of the other dataset (records, after its own `fields` and `transform`)."
            },
            "key": {
              "type": "string",
              "description": "Its field matched against `lookup`."
            },
            "fields": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          "required": [
            "data",
            "key",
            "fields"
          ],
          "additionalProperties": false
        },
        "as": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Names for the joined fields, in the order of `from.fields`. Default: the same names."
        }
      },
      "required": [
        "lookup",
        "from"
      ],
      "additionalProperties": false,
      "description": "`{ \"lookup\": \"township\", \"from\": { \"data\": \"towns\", \"key\": \"name\", \"fields\": [\"code\"] } }`: join fields of another dataset by key."
    },
    "Crs": {
      "type": "string",
      "enum": [
        "wgs84",
        "gcj02",
        "bd09"
      ],
      "description": "Coordinate reference system of longitudes/latitudes: WGS-84 (GPS), GCJ-02 (AMap, Tencent), BD-09 (Baidu)."
    },
    "View": {
      "description": "Any view.",
      "type": "object",
      "required": [
        "kind"
      ],
      "properties": {
        "kind": {
          "description": "What this is: `dashboard` or a view kind.",
          "enum": [
            "county-map",
            "station-coverage",
            "activity-trend",
            "fund-chart",
            "kpi"
          ]
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "kind": {
                "const": "county-map"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/definitions/CountyMapView"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "station-coverage"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/definitions/StationCoverageView"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "activity-trend"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/definitions/ActivityTrendView"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "fund-chart"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/definitions/FundChartView"
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "kpi"
              }
            },
            "required": [
              "kind"
            ]
          },
          "then": {
            "$ref": "#/definitions/KpiView"
          }
        }
      ]
    },
    "CountyMapView": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "description": "Stable id, unique in the spec; events and links name views by it."
        },
        "title": {
          "type": "string",
          "description": "Heading shown above the chart."
        },
        "description": {
          "type": "string",
          "description": "One-sentence summary; also the accessible description."
        },
        "grid": {
          "$ref": "#/definitions/GridPlacement",
          "description": "Where the view sits on a dashboard grid."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes; not read by the library."
        },
        "kind": {
          "type": "string",
          "const": "county-map"
        },
        "regions": {
          "type": "string",
          "description": "Dataset of regions (GeoJSON/TopoJSON); each feature has `code` and `name` properties."
        },
        "measure": {
          "$ref": "#/definitions/RegionMeasure",
          "description": "Colour regions by this measure; without it, regions share one colour."
        },
        "labels": {
          "type": "boolean",
          "description": "Show region names. Default `true`."
        },
        "drilldown": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DrillDown"
          },
          "description": "Regions that open a more detailed map when clicked."
        }
      },
      "required": [
        "id",
        "kind",
        "regions"
      ],
      "additionalProperties": false,
      "description": "A choropleth map of townships or counties."
    },
    "GridPlacement": {
      "type": "object",
      "properties": {
        "x": {
          "type": "integer",
          "description": "First column, from 0. `x + w` may not exceed the layout's `columns`.",
          "minimum": 0
        },
        "y": {
          "type": "integer",
          "description": "First row, from 0.",
          "minimum": 0
        },
        "w": {
          "type": "integer",
          "description": "Width in columns.",
          "minimum": 1
        },
        "h": {
          "type": "integer",
          "description": "Height in rows.",
          "minimum": 1
        }
      },
      "required": [
        "x",
        "y",
        "w",
        "h"
      ],
      "additionalProperties": false,
      "description": "Position on the dashboard grid, in columns and rows."
    },
    "RegionMeasure": {
      "type": "object",
      "properties": {
        "data": {
          "type": "string",
          "description": "Dataset with one record per region."
        },
        "field": {
          "type": "string",
          "description": "Field holding the number."
        },
        "key": {
          "type": "string",
          "description": "Field holding the region code to join on. Default `township`."
        },
        "label": {
          "type": "string",
          "description": "Legend title."
        },
        "unit": {
          "$ref": "#/definitions/Unit",
          "description": "Unit of the number. Default `count`."
        }
      },
      "required": [
        "data",
        "field"
      ],
      "additionalProperties": false,
      "description": "Colours regions by a number joined from a dataset."
    },
    "Unit": {
      "type": "string",
      "enum": [
        "count",
        "percent",
        "yuan",
        "person-times",
        "people",
        "mu",
        "work-days"
      ],
      "description": "Unit of a figure. `yuan` amounts are shown in 万元/亿元; `percent` values are 0–100."
    },
    "DrillDown": {
      "type": "object",
      "properties": {
        "region": {
          "type": "string",
          "description": "Code of the region that opens the detail (e.g. `451323`)."
        },
        "regions": {
          "type": "string",
          "description": "Dataset with the detailed regions."
        },
        "measure": {
          "$ref": "#/definitions/RegionMeasure",
          "description": "Measure for the detailed map."
        }
      },
      "required": [
        "region",
        "regions"
      ],
      "additionalProperties": false,
      "description": "From a region of this map to a more detailed map of it (来宾市 → 武宣县 → its townships)."
    },
    "StationCoverageView": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "description": "Stable id, unique in the spec; events and links name views by it."
        },
        "title": {
          "type": "string",
          "description": "Heading shown above the chart."
        },
        "description": {
          "type": "string",
          "description": "One-sentence summary; also the accessible description."
        },
        "grid": {
          "$ref": "#/definitions/GridPlacement",
          "description": "Where the view sits on a dashboard grid."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes; not read by the library."
        },
        "kind": {
          "type": "string",
          "const": "station-coverage"
        },
        "regions": {
          "type": "string",
          "description": "Dataset of township regions (GeoJSON/TopoJSON)."
        },
        "stations": {
          "type": "string",
          "description": "Dataset of stations (`StationRecord`s)."
        },
        "countKinds": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/StationKind"
          },
          "description": "Station kinds that count towards coverage. Default: all kinds."
        },
        "serviceRadius": {
          "type": "number",
          "description": "Draw a service circle of this radius, in metres, around each station.",
          "exclusiveMinimum": 0
        },
        "labels": {
          "type": "boolean",
          "description": "Show region names. Default `true`."
        }
      },
      "required": [
        "id",
        "kind",
        "regions",
        "stations"
      ],
      "additionalProperties": false,
      "description": "Liaison stations on the map and the share of townships they cover."
    },
    "StationKind": {
      "type": "string",
      "enum": [
        "liaison",
        "deputies-studio",
        "sector-studio",
        "reading-point",
        "consultation-point",
        "industry-base"
      ],
      "description": "Kinds of members' work stations (see the glossary): 政协工作联络站 `liaison`, “两代表一委员”工作室 `deputies-studio`, 界别委员工作室 `sector-studio`, 委员书屋/读书点 `reading-point`, 协商议事室/协商平台 `consultation-point`, 委员产业基地 `industry-base`."
    },
    "ActivityTrendView": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "description": "Stable id, unique in the spec; events and links name views by it."
        },
        "title": {
          "type": "string",
          "description": "Heading shown above the chart."
        },
        "description": {
          "type": "string",
          "description": "One-sentence summary; also the accessible description."
        },
        "grid": {
          "$ref": "#/definitions/GridPlacement",
          "description": "Where the view sits on a dashboard grid."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes; not read by the library."
        },
        "kind": {
          "type": "string",
          "const": "activity-trend"
        },
        "data": {
          "type": "string",
          "description": "Dataset of `ActivityRecord`s."
        },
        "period": {
          "type": "string",
          "enum": [
            "year",
            "quarter",
            "month"
          ],
          "description": "Granularity of `period`. Default `year`."
        },
        "mark": {
          "type": "string",
          "enum": [
            "line",
            "stacked-bar"
          ],
          "description": "`line` or `stacked-bar`. Default `line`."
        },
        "series": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Which series to show (values of `kind`). Default: all."
        },
        "annotations": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/Annotation"
          },
          "description": "Notes on the time axis."
        }
      },
      "required": [
        "data",
        "id",
        "kind"
      ],
      "additionalProperties": false,
      "description": "Counts or rates by activity kind over time."
    },
    "Annotation": {
      "type": "object",
      "properties": {
        "period": {
          "type": "string",
          "description": "The period it marks, in the chart's period format."
        },
        "text": {
          "type": "string",
          "description": "The note."
        }
      },
      "required": [
        "period",
        "text"
      ],
      "additionalProperties": false,
      "description": "A note pinned to a period on a trend chart."
    },
    "FundChartView": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "description": "Stable id, unique in the spec; events and links name views by it."
        },
        "title": {
          "type": "string",
          "description": "Heading shown above the chart."
        },
        "description": {
          "type": "string",
          "description": "One-sentence summary; also the accessible description."
        },
        "grid": {
          "$ref": "#/definitions/GridPlacement",
          "description": "Where the view sits on a dashboard grid."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes; not read by the library."
        },
        "kind": {
          "type": "string",
          "const": "fund-chart"
        },
        "data": {
          "type": "string",
          "description": "Dataset of `FundRecord`s."
        },
        "by": {
          "type": "string",
          "enum": [
            "campaign",
            "purpose",
            "donor"
          ],
          "description": "Field to group amounts by. Default `campaign`."
        },
        "mode": {
          "type": "string",
          "enum": [
            "bar",
            "progress",
            "cumulative"
          ],
          "description": "`bar`: amount per group; `progress`: against `target`; `cumulative`: running total over `date`. Default `bar`."
        },
        "target": {
          "type": "number",
          "description": "Target in yuan for `progress`.",
          "minimum": 0
        }
      },
      "required": [
        "data",
        "id",
        "kind"
      ],
      "additionalProperties": false,
      "description": "Money raised, by campaign, purpose or donor type."
    },
    "KpiView": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "description": "Stable id, unique in the spec; events and links name views by it."
        },
        "title": {
          "type": "string",
          "description": "Heading shown above the chart."
        },
        "description": {
          "type": "string",
          "description": "One-sentence summary; also the accessible description."
        },
        "grid": {
          "$ref": "#/definitions/GridPlacement",
          "description": "Where the view sits on a dashboard grid."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes; not read by the library."
        },
        "kind": {
          "type": "string",
          "const": "kpi"
        },
        "items": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/KpiItem"
          },
          "description": "The figures, inline."
        },
        "data": {
          "type": "string",
          "description": "Or a dataset of `KpiRecord`s."
        }
      },
      "required": [
        "id",
        "kind"
      ],
      "additionalProperties": false,
      "description": "Headline numbers with unit, qualifier, change and source."
    },
    "KpiItem": {
      "type": "object",
      "properties": {
        "label": {
          "type": "string",
          "description": "What is counted, e.g. 热线来电."
        },
        "value": {
          "type": "number",
          "description": "The number. Percentages are 0–100."
        },
        "unit": {
          "$ref": "#/definitions/Unit",
          "description": "Unit. Default `count`."
        },
        "unitLabel": {
          "type": "string",
          "description": "Unit word shown after the number when `unit` has none of its own (件, 场次, 个)."
        },
        "qualifier": {
          "$ref": "#/definitions/Qualifier",
          "description": "How the figure relates to the number written (多 → `over`). Absent: exact."
        },
        "previous": {
          "type": "number",
          "description": "The same figure one period earlier, to show the change."
        },
        "source": {
          "type": "string",
          "description": "Source id."
        },
        "illustrative": {
          "type": "boolean",
          "description": "Marks a figure the sources do not give."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes; not read by the library."
        }
      },
      "required": [
        "label",
        "value"
      ],
      "additionalProperties": false,
      "description": "A headline figure."
    },
    "Qualifier": {
      "type": "string",
      "enum": [
        "over",
        "about",
        "at-least"
      ],
      "description": "How a figure relates to the number written: 多/余 → `over`, 约/近 → `about`, 以上 → `at-least`. Absent means the figure is exact."
    },
    "Link": {
      "type": "object",
      "properties": {
        "select": {
          "type": "string",
          "description": "View whose selection drives the filter."
        },
        "filter": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Views that are filtered."
        },
        "field": {
          "type": "string",
          "description": "Record field the filtered views match against the selection (a region code for maps). Default `township`."
        }
      },
      "required": [
        "select",
        "filter"
      ],
      "additionalProperties": false,
      "description": "Clicking an item of one view filters other views to it."
    },
    "Layout": {
      "type": "object",
      "properties": {
        "width": {
          "type": "number",
          "description": "Design width in px. Default 1920.",
          "exclusiveMinimum": 0
        },
        "height": {
          "type": "number",
          "description": "Design height in px. Default 1080.",
          "exclusiveMinimum": 0
        },
        "fit": {
          "type": "string",
          "enum": [
            "contain",
            "cover",
            "width"
          ],
          "description": "How the design size fits the host. Default `contain`."
        },
        "columns": {
          "type": "integer",
          "description": "Grid columns. Default 24.",
          "minimum": 1
        },
        "rowHeight": {
          "type": "number",
          "description": "Row height in design px. Default 40.",
          "exclusiveMinimum": 0
        },
        "gap": {
          "type": "number",
          "description": "Gap between cells in design px. Default 12.",
          "minimum": 0
        }
      },
      "additionalProperties": false,
      "description": "Dashboard layout: a design size scaled to the screen, and a grid."
    },
    "Tour": {
      "type": "object",
      "properties": {
        "view": {
          "type": "string",
          "description": "Map view to tour."
        },
        "interval": {
          "$ref": "#/definitions/Duration",
          "description": "Time on each region, e.g. `8s` (a number and `ms`, `s`, `m` or `h`). Default `8s`."
        }
      },
      "required": [
        "view"
      ],
      "additionalProperties": false,
      "description": "A city-wide highlight tour for big screens."
    },
    "CountyMapSpec": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "kind": {
          "type": "string",
          "const": "county-map"
        },
        "regions": {
          "type": "string",
          "description": "Dataset of regions (GeoJSON/TopoJSON); each feature has `code` and `name` properties."
        },
        "measure": {
          "$ref": "#/definitions/RegionMeasure",
          "description": "Colour regions by this measure; without it, regions share one colour."
        },
        "labels": {
          "type": "boolean",
          "description": "Show region names. Default `true`."
        },
        "drilldown": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DrillDown"
          },
          "description": "Regions that open a more detailed map when clicked."
        },
        "id": {
          "type": "string",
          "description": "Stable id, unique in the spec; events and links name views by it."
        },
        "title": {
          "type": "string",
          "description": "Title shown in the header."
        },
        "description": {
          "type": "string",
          "description": "Summary shown under the title and used as the accessible description."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes; not read by the library."
        },
        "$schema": {
          "type": "string",
          "description": "URL or path of the JSON Schema; ignored by the library."
        },
        "version": {
          "type": "number",
          "description": "Spec version. This library reads 1."
        },
        "locale": {
          "$ref": "#/definitions/Locale",
          "description": "Default `zh-CN`."
        },
        "theme": {
          "$ref": "#/definitions/ThemeName",
          "description": "Default `portal`."
        },
        "refresh": {
          "$ref": "#/definitions/Duration",
          "description": "Re-fetch datasets with a `url` this often: a number and `ms`, `s`, `m` or `h`, e.g. `60s`."
        },
        "fetchTimeout": {
          "$ref": "#/definitions/Duration",
          "description": "Give up on a dataset request (first load or refresh) still unanswered after this long, and retry with the refresh back-off: a duration like `refresh`, from `1s` to `5m`. Default `30s`."
        },
        "sources": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Source"
          },
          "description": "Sources, by id, that records and figures name."
        },
        "datasets": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Dataset"
          },
          "description": "Datasets, by id."
        }
      },
      "required": [
        "id",
        "kind",
        "regions",
        "version"
      ],
      "description": "A single-view document: the view's own properties beside the document's."
    },
    "StationCoverageSpec": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "kind": {
          "type": "string",
          "const": "station-coverage"
        },
        "regions": {
          "type": "string",
          "description": "Dataset of township regions (GeoJSON/TopoJSON)."
        },
        "stations": {
          "type": "string",
          "description": "Dataset of stations (`StationRecord`s)."
        },
        "countKinds": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/StationKind"
          },
          "description": "Station kinds that count towards coverage. Default: all kinds."
        },
        "serviceRadius": {
          "type": "number",
          "description": "Draw a service circle of this radius, in metres, around each station.",
          "exclusiveMinimum": 0
        },
        "labels": {
          "type": "boolean",
          "description": "Show region names. Default `true`."
        },
        "id": {
          "type": "string",
          "description": "Stable id, unique in the spec; events and links name views by it."
        },
        "title": {
          "type": "string",
          "description": "Title shown in the header."
        },
        "description": {
          "type": "string",
          "description": "Summary shown under the title and used as the accessible description."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes; not read by the library."
        },
        "$schema": {
          "type": "string",
          "description": "URL or path of the JSON Schema; ignored by the library."
        },
        "version": {
          "type": "number",
          "description": "Spec version. This library reads 1."
        },
        "locale": {
          "$ref": "#/definitions/Locale",
          "description": "Default `zh-CN`."
        },
        "theme": {
          "$ref": "#/definitions/ThemeName",
          "description": "Default `portal`."
        },
        "refresh": {
          "$ref": "#/definitions/Duration",
          "description": "Re-fetch datasets with a `url` this often: a number and `ms`, `s`, `m` or `h`, e.g. `60s`."
        },
        "fetchTimeout": {
          "$ref": "#/definitions/Duration",
          "description": "Give up on a dataset request (first load or refresh) still unanswered after this long, and retry with the refresh back-off: a duration like `refresh`, from `1s` to `5m`. Default `30s`."
        },
        "sources": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Source"
          },
          "description": "Sources, by id, that records and figures name."
        },
        "datasets": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Dataset"
          },
          "description": "Datasets, by id."
        }
      },
      "required": [
        "id",
        "kind",
        "regions",
        "stations",
        "version"
      ]
    },
    "ActivityTrendSpec": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "kind": {
          "type": "string",
          "const": "activity-trend"
        },
        "data": {
          "type": "string",
          "description": "Dataset of `ActivityRecord`s."
        },
        "period": {
          "type": "string",
          "enum": [
            "year",
            "quarter",
            "month"
          ],
          "description": "Granularity of `period`. Default `year`."
        },
        "mark": {
          "type": "string",
          "enum": [
            "line",
            "stacked-bar"
          ],
          "description": "`line` or `stacked-bar`. Default `line`."
        },
        "series": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Which series to show (values of `kind`). Default: all."
        },
        "annotations": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/Annotation"
          },
          "description": "Notes on the time axis."
        },
        "id": {
          "type": "string",
          "description": "Stable id, unique in the spec; events and links name views by it."
        },
        "title": {
          "type": "string",
          "description": "Title shown in the header."
        },
        "description": {
          "type": "string",
          "description": "Summary shown under the title and used as the accessible description."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes; not read by the library."
        },
        "$schema": {
          "type": "string",
          "description": "URL or path of the JSON Schema; ignored by the library."
        },
        "version": {
          "type": "number",
          "description": "Spec version. This library reads 1."
        },
        "locale": {
          "$ref": "#/definitions/Locale",
          "description": "Default `zh-CN`."
        },
        "theme": {
          "$ref": "#/definitions/ThemeName",
          "description": "Default `portal`."
        },
        "refresh": {
          "$ref": "#/definitions/Duration",
          "description": "Re-fetch datasets with a `url` this often: a number and `ms`, `s`, `m` or `h`, e.g. `60s`."
        },
        "fetchTimeout": {
          "$ref": "#/definitions/Duration",
          "description": "Give up on a dataset request (first load or refresh) still unanswered after this long, and retry with the refresh back-off: a duration like `refresh`, from `1s` to `5m`. Default `30s`."
        },
        "sources": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Source"
          },
          "description": "Sources, by id, that records and figures name."
        },
        "datasets": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Dataset"
          },
          "description": "Datasets, by id."
        }
      },
      "required": [
        "data",
        "id",
        "kind",
        "version"
      ]
    },
    "FundChartSpec": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "kind": {
          "type": "string",
          "const": "fund-chart"
        },
        "data": {
          "type": "string",
          "description": "Dataset of `FundRecord`s."
        },
        "by": {
          "type": "string",
          "enum": [
            "campaign",
            "purpose",
            "donor"
          ],
          "description": "Field to group amounts by. Default `campaign`."
        },
        "mode": {
          "type": "string",
          "enum": [
            "bar",
            "progress",
            "cumulative"
          ],
          "description": "`bar`: amount per group; `progress`: against `target`; `cumulative`: running total over `date`. Default `bar`."
        },
        "target": {
          "type": "number",
          "description": "Target in yuan for `progress`.",
          "minimum": 0
        },
        "id": {
          "type": "string",
          "description": "Stable id, unique in the spec; events and links name views by it."
        },
        "title": {
          "type": "string",
          "description": "Title shown in the header."
        },
        "description": {
          "type": "string",
          "description": "Summary shown under the title and used as the accessible description."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes; not read by the library."
        },
        "$schema": {
          "type": "string",
          "description": "URL or path of the JSON Schema; ignored by the library."
        },
        "version": {
          "type": "number",
          "description": "Spec version. This library reads 1."
        },
        "locale": {
          "$ref": "#/definitions/Locale",
          "description": "Default `zh-CN`."
        },
        "theme": {
          "$ref": "#/definitions/ThemeName",
          "description": "Default `portal`."
        },
        "refresh": {
          "$ref": "#/definitions/Duration",
          "description": "Re-fetch datasets with a `url` this often: a number and `ms`, `s`, `m` or `h`, e.g. `60s`."
        },
        "fetchTimeout": {
          "$ref": "#/definitions/Duration",
          "description": "Give up on a dataset request (first load or refresh) still unanswered after this long, and retry with the refresh back-off: a duration like `refresh`, from `1s` to `5m`. Default `30s`."
        },
        "sources": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Source"
          },
          "description": "Sources, by id, that records and figures name."
        },
        "datasets": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Dataset"
          },
          "description": "Datasets, by id."
        }
      },
      "required": [
        "data",
        "id",
        "kind",
        "version"
      ]
    },
    "KpiSpec": {
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "kind": {
          "type": "string",
          "const": "kpi"
        },
        "items": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/KpiItem"
          },
          "description": "The figures, inline."
        },
        "data": {
          "type": "string",
          "description": "Or a dataset of `KpiRecord`s."
        },
        "id": {
          "type": "string",
          "description": "Stable id, unique in the spec; events and links name views by it."
        },
        "title": {
          "type": "string",
          "description": "Title shown in the header."
        },
        "description": {
          "type": "string",
          "description": "Summary shown under the title and used as the accessible description."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes; not read by the library."
        },
        "$schema": {
          "type": "string",
          "description": "URL or path of the JSON Schema; ignored by the library."
        },
        "version": {
          "type": "number",
          "description": "Spec version. This library reads 1."
        },
        "locale": {
          "$ref": "#/definitions/Locale",
          "description": "Default `zh-CN`."
        },
        "theme": {
          "$ref": "#/definitions/ThemeName",
          "description": "Default `portal`."
        },
        "refresh": {
          "$ref": "#/definitions/Duration",
          "description": "Re-fetch datasets with a `url` this often: a number and `ms`, `s`, `m` or `h`, e.g. `60s`."
        },
        "fetchTimeout": {
          "$ref": "#/definitions/Duration",
          "description": "Give up on a dataset request (first load or refresh) still unanswered after this long, and retry with the refresh back-off: a duration like `refresh`, from `1s` to `5m`. Default `30s`."
        },
        "sources": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Source"
          },
          "description": "Sources, by id, that records and figures name."
        },
        "datasets": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Dataset"
          },
          "description": "Datasets, by id."
        }
      },
      "required": [
        "id",
        "kind",
        "version"
      ]
    },
    "StationRecord": {
      "type": "object",
      "properties": {
        "qualifier": {
          "$ref": "#/definitions/Qualifier",
          "description": "How the figure relates to the number written (多/余 → `over`, 约/近 → `about`, 以上 → `at-least`). Absent: exact."
        },
        "source": {
          "type": "string",
          "description": "Source id (a key of `sources`). Default: the dataset's `source`."
        },
        "illustrative": {
          "type": "boolean",
          "description": "Marks a record the sources do not give; the view says 示意数据 / illustrative."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes and the portal's extra columns, kept and not read by the library."
        },
        "id": {
          "type": "string",
          "description": "Stable id, unique in the dataset."
        },
        "name": {
          "type": "string",
          "description": "Name as the county writes it."
        },
        "kind": {
          "$ref": "#/definitions/StationKind",
          "description": "Kind of station."
        },
        "township": {
          "type": "string",
          "description": "Township code (9 digits, NBS), a region `code` of the view's `regions`."
        },
        "lon": {
          "type": "number",
          "description": "Longitude, −180–180, in the dataset's `crs`."
        },
        "lat": {
          "type": "number",
          "description": "Latitude, −90–90, in the dataset's `crs`."
        },
        "village": {
          "type": "string",
          "description": "Village, where the station sits in one."
        },
        "opened": {
          "type": "string",
          "description": "Date opened, `YYYY[-MM[-DD]]`."
        }
      },
      "required": [
        "id",
        "name",
        "kind",
        "township",
        "lon",
        "lat"
      ],
      "additionalProperties": false,
      "description": "A station record, read by `station-coverage`."
    },
    "ActivityRecord": {
      "type": "object",
      "properties": {
        "qualifier": {
          "$ref": "#/definitions/Qualifier",
          "description": "How the figure relates to the number written (多/余 → `over`, 约/近 → `about`, 以上 → `at-least`). Absent: exact."
        },
        "source": {
          "type": "string",
          "description": "Source id (a key of `sources`). Default: the dataset's `source`."
        },
        "illustrative": {
          "type": "boolean",
          "description": "Marks a record the sources do not give; the view says 示意数据 / illustrative."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes and the portal's extra columns, kept and not read by the library."
        },
        "period": {
          "type": "string",
          "description": "`2024`, `2024-Q2` or `2024-05`."
        },
        "kind": {
          "type": "string",
          "description": "Activity kind or measure name, e.g. `consultation`, `participation-rate`."
        },
        "value": {
          "type": "number",
          "description": "The count or rate."
        },
        "unit": {
          "$ref": "#/definitions/Unit",
          "description": "`percent` values go on a 0–100 % axis. Default `count`."
        },
        "township": {
          "type": "string",
          "description": "Township code, when the figure is a township's."
        }
      },
      "required": [
        "period",
        "kind",
        "value"
      ],
      "additionalProperties": false,
      "description": "A record read by `activity-trend`: one count or rate of one kind in one period."
    },
    "FundRecord": {
      "type": "object",
      "properties": {
        "qualifier": {
          "$ref": "#/definitions/Qualifier",
          "description": "How the figure relates to the number written (多/余 → `over`, 约/近 → `about`, 以上 → `at-least`). Absent: exact."
        },
        "source": {
          "type": "string",
          "description": "Source id (a key of `sources`). Default: the dataset's `source`."
        },
        "illustrative": {
          "type": "boolean",
          "description": "Marks a record the sources do not give; the view says 示意数据 / illustrative."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes and the portal's extra columns, kept and not read by the library."
        },
        "amount": {
          "type": "number",
          "description": "Yuan (not 万元), 0 or more."
        },
        "campaign": {
          "type": "string",
          "description": "Campaign, e.g. 捐种一棵大树."
        },
        "purpose": {
          "type": "string",
          "description": "What the money is for."
        },
        "donor": {
          "type": "string",
          "description": "Donor or donor type."
        },
        "date": {
          "type": "string",
          "description": "`YYYY[-MM[-DD]]`, for `cumulative`."
        },
        "township": {
          "type": "string",
          "description": "Township code, when the money went to one township."
        }
      },
      "required": [
        "amount"
      ],
      "additionalProperties": false,
      "description": "A record read by `fund-chart`: money raised."
    },
    "KpiRecord": {
      "type": "object",
      "properties": {
        "label": {
          "type": "string",
          "description": "What is counted, e.g. 热线来电."
        },
        "value": {
          "type": "number",
          "description": "The number. Percentages are 0–100."
        },
        "unit": {
          "$ref": "#/definitions/Unit",
          "description": "Unit. Default `count`."
        },
        "unitLabel": {
          "type": "string",
          "description": "Unit word shown after the number when `unit` has none of its own (件, 场次, 个)."
        },
        "qualifier": {
          "$ref": "#/definitions/Qualifier",
          "description": "How the figure relates to the number written (多 → `over`). Absent: exact."
        },
        "previous": {
          "type": "number",
          "description": "The same figure one period earlier, to show the change."
        },
        "source": {
          "type": "string",
          "description": "Source id."
        },
        "illustrative": {
          "type": "boolean",
          "description": "Marks a figure the sources do not give."
        },
        "meta": {
          "type": "object",
          "additionalProperties": {},
          "description": "Free notes; not read by the library."
        },
        "id": {
          "type": "string",
          "description": "Stable id; the card's selection key (default: its label)."
        }
      },
      "additionalProperties": false,
      "required": [
        "label",
        "value"
      ],
      "description": "A record read by `kpi`: the fields of `KpiItem`, and an `id`."
    }
  }
};
