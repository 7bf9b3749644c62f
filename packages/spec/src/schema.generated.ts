// Generated from types.ts by `pnpm schema` (scripts/build-schema.ts); do not edit.
// The runtime schema: ../schema/v1.json without its `$id`, its descriptions and titles, and with a
// dataset's `values` items left as DataRecord (the record checks enforce each view's record kind).
// A module, so that no bundler needs JSON imports.
import type { Schema } from '@cfworker/json-schema';

export const schemaV1: Schema = {
  "$ref": "#/definitions/Spec",
  "definitions": {
    "Spec": {
      "type": "object",
      "required": [
        "kind"
      ],
      "properties": {
        "kind": {
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
          "type": "string"
        },
        "version": {
          "type": "number"
        },
        "title": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "locale": {
          "$ref": "#/definitions/Locale"
        },
        "theme": {
          "$ref": "#/definitions/ThemeName"
        },
        "refresh": {
          "$ref": "#/definitions/Duration"
        },
        "fetchTimeout": {
          "$ref": "#/definitions/Duration"
        },
        "sources": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Source"
          }
        },
        "datasets": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Dataset"
          }
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
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
      "additionalProperties": false
    },
    "Locale": {
      "type": "string",
      "enum": [
        "zh-CN",
        "en"
      ]
    },
    "ThemeName": {
      "type": "string",
      "enum": [
        "portal",
        "bigscreen"
      ]
    },
    "Duration": {
      "type": "string"
    },
    "Source": {
      "type": "object",
      "properties": {
        "title": {
          "type": "string"
        },
        "publisher": {
          "type": "string"
        },
        "author": {
          "type": "string"
        },
        "date": {
          "type": "string"
        },
        "url": {
          "type": "string"
        },
        "file": {
          "type": "string"
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        }
      },
      "required": [
        "title"
      ],
      "additionalProperties": false
    },
    "Dataset": {
      "type": "object",
      "properties": {
        "values": {
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
          "type": "string"
        },
        "format": {
          "$ref": "#/definitions/DatasetFormat"
        },
        "sheet": {
          "type": "string"
        },
        "property": {
          "type": "string"
        },
        "fields": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          }
        },
        "transform": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/Transform"
          }
        },
        "object": {
          "type": "string"
        },
        "crs": {
          "$ref": "#/definitions/Crs"
        },
        "illustrative": {
          "type": "boolean"
        },
        "attribution": {
          "type": "string"
        },
        "source": {
          "type": "string"
        },
        "extraFields": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        }
      },
      "additionalProperties": false
    },
    "DataRecord": {
      "type": "object",
      "additionalProperties": {
        "$ref": "#/definitions/Cell"
      },
      "properties": {
        "meta": {
          "type": "object",
          "additionalProperties": {}
        }
      }
    },
    "Cell": {
      "type": [
        "string",
        "number",
        "boolean",
        "null"
      ]
    },
    "InlineGeometry": {
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "FeatureCollection",
            "Topology"
          ]
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": {}
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
      ]
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
      "additionalProperties": false
    },
    "FieldPredicate": {
      "type": "object",
      "properties": {
        "field": {
          "type": "string"
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
          }
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
      "additionalProperties": false
    },
    "FilterValue": {
      "type": [
        "string",
        "number"
      ]
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
              }
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
      "additionalProperties": false
    },
    "AggregateOpDef": {
      "type": "object",
      "properties": {
        "op": {
          "$ref": "#/definitions/AggregateOp"
        },
        "field": {
          "type": "string"
        },
        "as": {
          "type": "string"
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
          }
        }
      },
      "required": [
        "fold"
      ],
      "additionalProperties": false
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
          "type": "string"
        }
      },
      "required": [
        "timeUnit",
        "field"
      ],
      "additionalProperties": false
    },
    "LookupTransform": {
      "type": "object",
      "properties": {
        "lookup": {
          "type": "string"
        },
        "from": {
          "type": "object",
          "properties": {
            "data": {
              "type": "string"
            },
            "key": {
              "type": "string"
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
          }
        }
      },
      "required": [
        "lookup",
        "from"
      ],
      "additionalProperties": false
    },
    "Crs": {
      "type": "string",
      "enum": [
        "wgs84",
        "gcj02",
        "bd09"
      ]
    },
    "View": {
      "type": "object",
      "required": [
        "kind"
      ],
      "properties": {
        "kind": {
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
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "grid": {
          "$ref": "#/definitions/GridPlacement"
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        },
        "kind": {
          "type": "string",
          "const": "county-map"
        },
        "regions": {
          "type": "string"
        },
        "measure": {
          "$ref": "#/definitions/RegionMeasure"
        },
        "labels": {
          "type": "boolean"
        },
        "drilldown": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DrillDown"
          }
        }
      },
      "required": [
        "id",
        "kind",
        "regions"
      ],
      "additionalProperties": false
    },
    "GridPlacement": {
      "type": "object",
      "properties": {
        "x": {
          "type": "integer",
          "minimum": 0
        },
        "y": {
          "type": "integer",
          "minimum": 0
        },
        "w": {
          "type": "integer",
          "minimum": 1
        },
        "h": {
          "type": "integer",
          "minimum": 1
        }
      },
      "required": [
        "x",
        "y",
        "w",
        "h"
      ],
      "additionalProperties": false
    },
    "RegionMeasure": {
      "type": "object",
      "properties": {
        "data": {
          "type": "string"
        },
        "field": {
          "type": "string"
        },
        "key": {
          "type": "string"
        },
        "label": {
          "type": "string"
        },
        "unit": {
          "$ref": "#/definitions/Unit"
        }
      },
      "required": [
        "data",
        "field"
      ],
      "additionalProperties": false
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
      ]
    },
    "DrillDown": {
      "type": "object",
      "properties": {
        "region": {
          "type": "string"
        },
        "regions": {
          "type": "string"
        },
        "measure": {
          "$ref": "#/definitions/RegionMeasure"
        }
      },
      "required": [
        "region",
        "regions"
      ],
      "additionalProperties": false
    },
    "StationCoverageView": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "grid": {
          "$ref": "#/definitions/GridPlacement"
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        },
        "kind": {
          "type": "string",
          "const": "station-coverage"
        },
        "regions": {
          "type": "string"
        },
        "stations": {
          "type": "string"
        },
        "countKinds": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/StationKind"
          }
        },
        "serviceRadius": {
          "type": "number",
          "exclusiveMinimum": 0
        },
        "labels": {
          "type": "boolean"
        }
      },
      "required": [
        "id",
        "kind",
        "regions",
        "stations"
      ],
      "additionalProperties": false
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
      ]
    },
    "ActivityTrendView": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "grid": {
          "$ref": "#/definitions/GridPlacement"
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        },
        "kind": {
          "type": "string",
          "const": "activity-trend"
        },
        "data": {
          "type": "string"
        },
        "period": {
          "type": "string",
          "enum": [
            "year",
            "quarter",
            "month"
          ]
        },
        "mark": {
          "type": "string",
          "enum": [
            "line",
            "stacked-bar"
          ]
        },
        "series": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "annotations": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/Annotation"
          }
        }
      },
      "required": [
        "data",
        "id",
        "kind"
      ],
      "additionalProperties": false
    },
    "Annotation": {
      "type": "object",
      "properties": {
        "period": {
          "type": "string"
        },
        "text": {
          "type": "string"
        }
      },
      "required": [
        "period",
        "text"
      ],
      "additionalProperties": false
    },
    "FundChartView": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "grid": {
          "$ref": "#/definitions/GridPlacement"
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        },
        "kind": {
          "type": "string",
          "const": "fund-chart"
        },
        "data": {
          "type": "string"
        },
        "by": {
          "type": "string",
          "enum": [
            "campaign",
            "purpose",
            "donor"
          ]
        },
        "mode": {
          "type": "string",
          "enum": [
            "bar",
            "progress",
            "cumulative"
          ]
        },
        "target": {
          "type": "number",
          "minimum": 0
        }
      },
      "required": [
        "data",
        "id",
        "kind"
      ],
      "additionalProperties": false
    },
    "KpiView": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "grid": {
          "$ref": "#/definitions/GridPlacement"
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        },
        "kind": {
          "type": "string",
          "const": "kpi"
        },
        "items": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/KpiItem"
          }
        },
        "data": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "kind"
      ],
      "additionalProperties": false
    },
    "KpiItem": {
      "type": "object",
      "properties": {
        "label": {
          "type": "string"
        },
        "value": {
          "type": "number"
        },
        "unit": {
          "$ref": "#/definitions/Unit"
        },
        "unitLabel": {
          "type": "string"
        },
        "qualifier": {
          "$ref": "#/definitions/Qualifier"
        },
        "previous": {
          "type": "number"
        },
        "source": {
          "type": "string"
        },
        "illustrative": {
          "type": "boolean"
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        }
      },
      "required": [
        "label",
        "value"
      ],
      "additionalProperties": false
    },
    "Qualifier": {
      "type": "string",
      "enum": [
        "over",
        "about",
        "at-least"
      ]
    },
    "Link": {
      "type": "object",
      "properties": {
        "select": {
          "type": "string"
        },
        "filter": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "field": {
          "type": "string"
        }
      },
      "required": [
        "select",
        "filter"
      ],
      "additionalProperties": false
    },
    "Layout": {
      "type": "object",
      "properties": {
        "width": {
          "type": "number",
          "exclusiveMinimum": 0
        },
        "height": {
          "type": "number",
          "exclusiveMinimum": 0
        },
        "fit": {
          "type": "string",
          "enum": [
            "contain",
            "cover",
            "width"
          ]
        },
        "columns": {
          "type": "integer",
          "minimum": 1
        },
        "rowHeight": {
          "type": "number",
          "exclusiveMinimum": 0
        },
        "gap": {
          "type": "number",
          "minimum": 0
        }
      },
      "additionalProperties": false
    },
    "Tour": {
      "type": "object",
      "properties": {
        "view": {
          "type": "string"
        },
        "interval": {
          "$ref": "#/definitions/Duration"
        }
      },
      "required": [
        "view"
      ],
      "additionalProperties": false
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
          "type": "string"
        },
        "measure": {
          "$ref": "#/definitions/RegionMeasure"
        },
        "labels": {
          "type": "boolean"
        },
        "drilldown": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DrillDown"
          }
        },
        "id": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        },
        "$schema": {
          "type": "string"
        },
        "version": {
          "type": "number"
        },
        "locale": {
          "$ref": "#/definitions/Locale"
        },
        "theme": {
          "$ref": "#/definitions/ThemeName"
        },
        "refresh": {
          "$ref": "#/definitions/Duration"
        },
        "fetchTimeout": {
          "$ref": "#/definitions/Duration"
        },
        "sources": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Source"
          }
        },
        "datasets": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Dataset"
          }
        }
      },
      "required": [
        "id",
        "kind",
        "regions",
        "version"
      ]
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
          "type": "string"
        },
        "stations": {
          "type": "string"
        },
        "countKinds": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/StationKind"
          }
        },
        "serviceRadius": {
          "type": "number",
          "exclusiveMinimum": 0
        },
        "labels": {
          "type": "boolean"
        },
        "id": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        },
        "$schema": {
          "type": "string"
        },
        "version": {
          "type": "number"
        },
        "locale": {
          "$ref": "#/definitions/Locale"
        },
        "theme": {
          "$ref": "#/definitions/ThemeName"
        },
        "refresh": {
          "$ref": "#/definitions/Duration"
        },
        "fetchTimeout": {
          "$ref": "#/definitions/Duration"
        },
        "sources": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Source"
          }
        },
        "datasets": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Dataset"
          }
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
          "type": "string"
        },
        "period": {
          "type": "string",
          "enum": [
            "year",
            "quarter",
            "month"
          ]
        },
        "mark": {
          "type": "string",
          "enum": [
            "line",
            "stacked-bar"
          ]
        },
        "series": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "annotations": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/Annotation"
          }
        },
        "id": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        },
        "$schema": {
          "type": "string"
        },
        "version": {
          "type": "number"
        },
        "locale": {
          "$ref": "#/definitions/Locale"
        },
        "theme": {
          "$ref": "#/definitions/ThemeName"
        },
        "refresh": {
          "$ref": "#/definitions/Duration"
        },
        "fetchTimeout": {
          "$ref": "#/definitions/Duration"
        },
        "sources": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Source"
          }
        },
        "datasets": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Dataset"
          }
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
          "type": "string"
        },
        "by": {
          "type": "string",
          "enum": [
            "campaign",
            "purpose",
            "donor"
          ]
        },
        "mode": {
          "type": "string",
          "enum": [
            "bar",
            "progress",
            "cumulative"
          ]
        },
        "target": {
          "type": "number",
          "minimum": 0
        },
        "id": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        },
        "$schema": {
          "type": "string"
        },
        "version": {
          "type": "number"
        },
        "locale": {
          "$ref": "#/definitions/Locale"
        },
        "theme": {
          "$ref": "#/definitions/ThemeName"
        },
        "refresh": {
          "$ref": "#/definitions/Duration"
        },
        "fetchTimeout": {
          "$ref": "#/definitions/Duration"
        },
        "sources": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Source"
          }
        },
        "datasets": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Dataset"
          }
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
          }
        },
        "data": {
          "type": "string"
        },
        "id": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        },
        "$schema": {
          "type": "string"
        },
        "version": {
          "type": "number"
        },
        "locale": {
          "$ref": "#/definitions/Locale"
        },
        "theme": {
          "$ref": "#/definitions/ThemeName"
        },
        "refresh": {
          "$ref": "#/definitions/Duration"
        },
        "fetchTimeout": {
          "$ref": "#/definitions/Duration"
        },
        "sources": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Source"
          }
        },
        "datasets": {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/definitions/Dataset"
          }
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
          "$ref": "#/definitions/Qualifier"
        },
        "source": {
          "type": "string"
        },
        "illustrative": {
          "type": "boolean"
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        },
        "id": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "kind": {
          "$ref": "#/definitions/StationKind"
        },
        "township": {
          "type": "string"
        },
        "lon": {
          "type": "number"
        },
        "lat": {
          "type": "number"
        },
        "village": {
          "type": "string"
        },
        "opened": {
          "type": "string"
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
      "additionalProperties": false
    },
    "ActivityRecord": {
      "type": "object",
      "properties": {
        "qualifier": {
          "$ref": "#/definitions/Qualifier"
        },
        "source": {
          "type": "string"
        },
        "illustrative": {
          "type": "boolean"
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        },
        "period": {
          "type": "string"
        },
        "kind": {
          "type": "string"
        },
        "value": {
          "type": "number"
        },
        "unit": {
          "$ref": "#/definitions/Unit"
        },
        "township": {
          "type": "string"
        }
      },
      "required": [
        "period",
        "kind",
        "value"
      ],
      "additionalProperties": false
    },
    "FundRecord": {
      "type": "object",
      "properties": {
        "qualifier": {
          "$ref": "#/definitions/Qualifier"
        },
        "source": {
          "type": "string"
        },
        "illustrative": {
          "type": "boolean"
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        },
        "amount": {
          "type": "number"
        },
        "campaign": {
          "type": "string"
        },
        "purpose": {
          "type": "string"
        },
        "donor": {
          "type": "string"
        },
        "date": {
          "type": "string"
        },
        "township": {
          "type": "string"
        }
      },
      "required": [
        "amount"
      ],
      "additionalProperties": false
    },
    "KpiRecord": {
      "type": "object",
      "properties": {
        "label": {
          "type": "string"
        },
        "value": {
          "type": "number"
        },
        "unit": {
          "$ref": "#/definitions/Unit"
        },
        "unitLabel": {
          "type": "string"
        },
        "qualifier": {
          "$ref": "#/definitions/Qualifier"
        },
        "previous": {
          "type": "number"
        },
        "source": {
          "type": "string"
        },
        "illustrative": {
          "type": "boolean"
        },
        "meta": {
          "type": "object",
          "additionalProperties": {}
        },
        "id": {
          "type": "string"
        }
      },
      "additionalProperties": false,
      "required": [
        "label",
        "value"
      ]
    }
  }
};
