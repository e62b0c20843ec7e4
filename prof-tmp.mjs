// rules/affordable-rental-housing.json
var affordable_rental_housing_default = {
  id: "affordable-rental-housing",
  tier: "A",
  scope: "member",
  effective: { from: "2021-06-24" },
  department: "housing",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "housing_proof", "residence_permit", "employment_proof"],
  citation: {
    chapter: "\u7B2C\u516B\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u53D1\u5C55\u4FDD\u969C\u6027\u79DF\u8D41\u4F4F\u623F",
    quote: "\u6269\u5927\u4F4F\u623F\u4FDD\u969C\u8303\u56F4,\u89C4\u8303\u53D1\u5C55\u957F\u79DF\u623F\u5E02\u573A,\u9F13\u52B1\u56FD\u6709\u548C\u6C11\u8425\u4F01\u4E1A\u5EFA\u8BBE\u79DF\u8D41\u4F4F\u623F,\u7F13\u89E3\u65B0\u5E02\u6C11\u3001\u65B0\u9752\u5E74\u4F4F\u623F\u56F0\u96BE\u95EE\u9898\u3002",
    also: [
      "\u7B2C\u516B\u7AE0 \u7B2C\u4E00\u8282\u300C\u53D1\u5C55\u4FDD\u969C\u6027\u79DF\u8D41\u4F4F\u623F\u300D: \u4EE5\u5EFA\u7B51\u9762\u79EF\u4E0D\u8D85\u8FC770\u5E73\u65B9\u7C73\u7684\u5C0F\u6237\u578B\u4E3A\u4E3B",
      "\u56FD\u52A1\u9662\u529E\u516C\u5385\u5173\u4E8E\u52A0\u5FEB\u53D1\u5C55\u4FDD\u969C\u6027\u79DF\u8D41\u4F4F\u623F\u7684\u610F\u89C1 (\u56FD\u529E\u53D1\u30142021\u301522\u53F7)",
      "\u4E2D\u957F\u671F\u9752\u5E74\u53D1\u5C55\u89C4\u5212\uFF082016\u20142025\u5E74\uFF09(\u9752\u5E74: 14\u201335\u5468\u5C81)"
    ]
  },
  verifiedAtWindow: ["work_or_residence", "housing_records"],
  conditions: {
    all: [
      {
        name: "adult",
        basis: "\u627F\u79DF\u4EBA\u987B\u4E3A\u6210\u5E74\u4EBA\uFF08\u63A8\u5B9A\uFF1B\u4FDD\u969C\u6027\u79DF\u8D41\u4F4F\u623F\u51C6\u5165\u7EC6\u5219\u672A\u8BFB\uFF0CL\uFF09\uFF1B\u6CB3\u5357\u7701\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u6761\u4F8B \u7B2C\u4E8C\u6761",
        fact: "age",
        operator: "greaterThanInclusive",
        value: { fact: "param:housing.affordable_rental.min_age" }
      },
      {
        name: "lives_in_jiaozuo",
        basis: "\u56FD\u52A1\u9662\u529E\u516C\u5385\u5173\u4E8E\u52A0\u5FEB\u53D1\u5C55\u4FDD\u969C\u6027\u79DF\u8D41\u4F4F\u623F\u7684\u610F\u89C1\uFF082021-06-24\uFF09\uFF08\u65B0\u5E02\u6C11\uFF1A\u5728\u57CE\u5E02\u5C45\u4F4F\u7684\u5916\u6765\u4EBA\u53E3\uFF09",
        fact: "residesInJiaozuo",
        operator: "equal",
        value: true
      },
      {
        any: [
          {
            name: "new_resident",
            basis: "\u89C4\u5212 \u7B2C\u516B\u7AE0\u7B2C\u4E00\u8282\u300C\u4FDD\u969C\u6027\u79DF\u8D41\u4F4F\u623F\u300D\uFF08\u65B0\u5E02\u6C11\u3001\u9752\u5E74\u4EBA\uFF09\uFF1B\u56FD\u52A1\u9662\u529E\u516C\u5385\u5173\u4E8E\u52A0\u5FEB\u53D1\u5C55\u4FDD\u969C\u6027\u79DF\u8D41\u4F4F\u623F\u7684\u610F\u89C1\uFF082021-06-24\uFF09",
            fact: "hukouInJiaozuo",
            operator: "equal",
            value: false
          },
          {
            name: "young",
            basis: "\u89C4\u5212 \u7B2C\u516B\u7AE0\u7B2C\u4E00\u8282\uFF08\u9752\u5E74\u4EBA\uFF09\uFF1B\u9752\u5E74\u5E74\u9F84\u4E0A\u9650\u7126\u4F5C\u5E02\u672A\u516C\u5E03\uFF08\u5360\u4F4D\u53C2\u6570 housing.affordable_rental.youth_max_age\uFF09",
            fact: "age",
            operator: "lessThanInclusive",
            value: { fact: "param:housing.affordable_rental.youth_max_age" }
          }
        ]
      },
      {
        any: [
          {
            name: "no_home",
            basis: "\u56FD\u52A1\u9662\u529E\u516C\u5385\u5173\u4E8E\u52A0\u5FEB\u53D1\u5C55\u4FDD\u969C\u6027\u79DF\u8D41\u4F4F\u623F\u7684\u610F\u89C1\uFF082021-06-24\uFF09\uFF08\u89E3\u51B3\u65E0\u623F\u65B0\u5E02\u6C11\u3001\u9752\u5E74\u4EBA\u4F4F\u623F\u56F0\u96BE\uFF09",
            fact: "ownsHomeInJiaozuo",
            operator: "equal",
            value: false
          },
          {
            name: "housing_difficulty",
            basis: "\u56FD\u52A1\u9662\u529E\u516C\u5385\u5173\u4E8E\u52A0\u5FEB\u53D1\u5C55\u4FDD\u969C\u6027\u79DF\u8D41\u4F4F\u623F\u7684\u610F\u89C1\uFF082021-06-24\uFF09\uFF08\u4F4F\u623F\u56F0\u96BE\uFF09\uFF1B\u7126\u4F5C\u5E02\u4F4F\u623F\u56F0\u96BE\u6807\u51C6\u672A\u516C\u5E03\uFF0C\u7531\u4F4F\u623F\u4FDD\u969C\u90E8\u95E8\u6838\u5B9E",
            fact: "checkedAtWindow",
            operator: "equal",
            value: true
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u4FDD\u969C\u6027\u79DF\u8D41\u4F4F\u623F",
      summary: "\u5728\u7126\u4F5C\u5DE5\u4F5C\u751F\u6D3B\u7684\u65B0\u5E02\u6C11\u548C\u9752\u5E74\u4EBA\uFF0C\u5BB6\u5EAD\u5728\u7126\u4F5C\u6CA1\u6709\u81EA\u6709\u4F4F\u623F\u7684\uFF0C\u53EF\u7533\u8BF7\u4FDD\u969C\u6027\u79DF\u8D41\u4F4F\u623F\uFF0C\u623F\u6E90\u4EE5\u5EFA\u7B51\u9762\u79EF\u4E0D\u8D85\u8FC770\u5E73\u65B9\u7C73\u7684\u5C0F\u6237\u578B\u4E3A\u4E3B\u3002\u5177\u4F53\u51C6\u5165\u6761\u4EF6\u4EE5\u5F53\u5730\u89C4\u5B9A\u4E3A\u51C6\u3002",
      conditions: {
        adult: "\u5E74\u6EE118\u5468\u5C81",
        new_resident: "\u6237\u7C4D\u4E0D\u5728\u7126\u4F5C\uFF08\u65B0\u5E02\u6C11\uFF09",
        young: "35\u5468\u5C81\u53CA\u4EE5\u4E0B\u7684\u9752\u5E74\u4EBA",
        no_home: "\u5BB6\u5EAD\u5728\u7126\u4F5C\u6CA1\u6709\u81EA\u6709\u4F4F\u623F",
        lives_in_jiaozuo: "\u5728\u7126\u4F5C\u5C45\u4F4F",
        housing_difficulty: "\u5DF2\u6709\u4F4F\u623F\u4F46\u4F4F\u623F\u56F0\u96BE\uFF08\u7126\u4F5C\u6807\u51C6\u672A\u516C\u5E03\uFF0C\u7531\u4F4F\u623F\u4FDD\u969C\u90E8\u95E8\u6838\u5B9E\uFF09"
      },
      window: {
        work_or_residence: "\u5728\u7126\u4F5C\u5C31\u4E1A\u6216\u5C45\u4F4F\u7684\u60C5\u51B5\uFF08\u52B3\u52A8\u5408\u540C\u3001\u793E\u4FDD\u7F34\u8D39\u8BB0\u5F55\u6216\u5C45\u4F4F\u8BC1\uFF09\uFF0C\u7531\u7A97\u53E3\u6838\u5B9E",
        housing_records: "\u5BB6\u5EAD\u5728\u7126\u4F5C\u7684\u4F4F\u623F\u60C5\u51B5\uFF0C\u7531\u4F4F\u623F\u4FDD\u969C\u90E8\u95E8\u67E5\u8BE2\u4E0D\u52A8\u4EA7\u767B\u8BB0\u4FE1\u606F\u6838\u5B9E"
      }
    },
    en: {
      name: "affordable rental housing",
      summary: "New residents and young people living and working in Jiaozuo whose household owns no home in Jiaozuo can apply for affordable rental housing, mostly small flats of up to 70 m\xB2. The exact admission rules are set locally.",
      conditions: {
        adult: "aged 18 or over",
        new_resident: "hukou registered outside Jiaozuo (new resident)",
        young: "a young person aged 35 or under",
        no_home: "the household owns no home in Jiaozuo",
        lives_in_jiaozuo: "lives in Jiaozuo",
        housing_difficulty: "owns a home but has housing difficulty (Jiaozuo\u2019s standard is not published: checked by the housing department)"
      },
      window: {
        work_or_residence: "work or residence in Jiaozuo (labour contract, social-insurance record or residence permit) is checked at the window",
        housing_records: "the housing department checks the household's homes in Jiaozuo in the property register"
      }
    }
  }
};

// rules/barrier-free-modification.json
var barrier_free_modification_default = {
  id: "barrier-free-modification",
  tier: "A",
  scope: "member",
  effective: { from: "2022-10-26" },
  department: "disabled_federation",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "disability_certificate", "dibao_certificate"],
  citation: {
    chapter: "\u300C\u5341\u56DB\u4E94\u300D\u793E\u4F1A\u9886\u57DF\u516C\u5171\u670D\u52A1\u53D1\u5C55\u6307\u6807",
    lead: "\u5F31\u6709\u6240\u6276",
    quote: "\u4F4E\u6536\u5165\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u5BB6\u5EAD\u65E0\u969C\u788D\u6539\u9020\u6570 |\n1292 |\n2470 |\n\u7EA6\u675F\u6027 |",
    also: [
      "\u6307\u6807\u8868\u5217: 2020\u5E74\u60C5\u51B5 1292\uFF0C2025\u5E74\u76EE\u6807 2470\uFF0C\u6307\u6807\u6027\u8D28 \u7EA6\u675F\u6027",
      "\u6CB3\u5357\u7701\u5B9E\u65BD\u300A\u6B8B\u75BE\u4EBA\u4FDD\u969C\u6CD5\u300B\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E03\u6761",
      "GB/T 26341-2010 \u6B8B\u75BE\u4EBA\u6B8B\u75BE\u5206\u7C7B\u548C\u5206\u7EA7\uFF08\u4E00\u7EA7\u3001\u4E8C\u7EA7\u4E3A\u91CD\u5EA6\uFF09"
    ]
  },
  verifiedAtWindow: ["home_needs"],
  conditions: {
    all: [
      {
        name: "resides_in_jiaozuo",
        basis: "\u6CB3\u5357\u7701\u5B9E\u65BD\u300A\u6B8B\u75BE\u4EBA\u4FDD\u969C\u6CD5\u300B\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E03\u6761\uFF1B\u89C4\u5212 \u6307\u6807\u8868\uFF08\u7126\u4F5C\u5E02\u4F4E\u6536\u5165\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u5BB6\u5EAD\uFF0C\u6539\u9020\u7684\u4F4F\u623F\u5728\u7126\u4F5C\uFF09",
        fact: "residesInJiaozuo",
        operator: "equal",
        value: true
      },
      {
        any: [
          {
            name: "holds_dibao",
            basis: "\u89C4\u5212 \u6307\u6807\u8868\u300C\u4F4E\u6536\u5165\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u5BB6\u5EAD\u65E0\u969C\u788D\u6539\u9020\u6570\u300D\uFF08\u4F4E\u6536\u5165\u5BB6\u5EAD\uFF09",
            fact: "holdsDibao",
            operator: "equal",
            value: true
          },
          {
            name: "holds_low_income",
            basis: "\u89C4\u5212 \u6307\u6807\u8868\u300C\u4F4E\u6536\u5165\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u5BB6\u5EAD\u65E0\u969C\u788D\u6539\u9020\u6570\u300D\uFF08\u4F4E\u6536\u5165\u5BB6\u5EAD\uFF09\uFF1B\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u516B\u6761\u7B2C\u4E8C\u6B3E",
            fact: "holdsLowIncome",
            operator: "equal",
            value: true
          },
          {
            name: "holds_tekun",
            basis: "\u89C4\u5212 \u6307\u6807\u8868\u300C\u4F4E\u6536\u5165\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u5BB6\u5EAD\u65E0\u969C\u788D\u6539\u9020\u6570\u300D\uFF08\u4F4E\u6536\u5165\u5BB6\u5EAD\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u56DB\u6761",
            fact: "householdHoldsTekun",
            operator: "equal",
            value: true
          }
        ]
      },
      {
        name: "has_certificate",
        basis: "\u6CB3\u5357\u7701\u5B9E\u65BD\u300A\u6B8B\u75BE\u4EBA\u4FDD\u969C\u6CD5\u300B\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E03\u6761\uFF1B\u6B8B\u75BE\u4EBA\u8BC1\uFF08GB/T 26341-2010\uFF09",
        fact: "hasDisabilityCertificate",
        operator: "equal",
        value: true
      },
      {
        name: "severe_grade",
        basis: "GB/T 26341-2010 \u6B8B\u75BE\u4EBA\u6B8B\u75BE\u5206\u7C7B\u548C\u5206\u7EA7\uFF08\u4E00\u7EA7\u3001\u4E8C\u7EA7\u4E3A\u91CD\u5EA6\uFF09",
        fact: "disabilityGrade",
        operator: "lessThanInclusive",
        value: { fact: "param:disability.severe.max_grade" }
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u4F4E\u6536\u5165\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u5BB6\u5EAD\u65E0\u969C\u788D\u6539\u9020",
      summary: "\u4F4E\u4FDD\u5BB6\u5EAD\u3001\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\u548C\u7279\u56F0\u4EBA\u5458\u5BB6\u5EAD\u4E2D\uFF0C\u6709\u6301\u4E00\u7EA7\u6216\u4E8C\u7EA7\u6B8B\u75BE\u4EBA\u8BC1\u7684\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u7684\uFF0C\u53EF\u7533\u8BF7\u5BB6\u5EAD\u65E0\u969C\u788D\u6539\u9020\uFF0C\u5982\u5761\u9053\u3001\u6276\u624B\u3001\u536B\u751F\u95F4\u6539\u9020\u3001\u95EA\u5149\u95E8\u94C3\u7B49\u3002",
      conditions: {
        holds_dibao: "\u5DF2\u4EAB\u53D7\u4F4E\u4FDD",
        holds_low_income: "\u5DF2\u8BA4\u5B9A\u4E3A\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD",
        holds_tekun: "\u5DF2\u4EAB\u53D7\u7279\u56F0\u4EBA\u5458\u6551\u52A9\u4F9B\u517B",
        has_certificate: "\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1",
        severe_grade: "\u6B8B\u75BE\u7B49\u7EA7\u4E3A\u4E00\u7EA7\u6216\u4E8C\u7EA7\uFF08\u91CD\u5EA6\uFF09",
        resides_in_jiaozuo: "\u5BB6\u4F4F\u7126\u4F5C\uFF08\u6539\u9020\u7684\u4F4F\u623F\u5728\u7126\u4F5C\uFF09"
      },
      window: { home_needs: "\u5BB6\u91CC\u9700\u8981\u505A\u54EA\u4E9B\u6539\u9020\uFF0C\u7531\u6B8B\u8054\u5DE5\u4F5C\u4EBA\u5458\u4E0A\u95E8\u8BC4\u4F30\u786E\u5B9A" }
    },
    en: {
      name: "barrier-free home modification, low-income households with severe disability",
      summary: "Households on dibao, low-income or extreme-poverty (\u7279\u56F0) support with a member who holds a grade 1 or 2 (severe) disability certificate can apply to have their home adapted: ramps, grab bars, bathroom changes, flashing doorbells and the like.",
      conditions: {
        holds_dibao: "already receives dibao",
        holds_low_income: "already recognised as a low-income household",
        holds_tekun: "already receives extreme-poverty (\u7279\u56F0) support",
        has_certificate: "holds a disability certificate",
        severe_grade: "disability of grade 1 or 2 (severe)",
        resides_in_jiaozuo: "the household lives in Jiaozuo (the home to adapt is in Jiaozuo)"
      },
      window: { home_needs: "what the home needs is assessed on a home visit by the disabled persons' federation" }
    }
  }
};

// rules/child-health-management.json
var child_health_management_default = {
  id: "child-health-management",
  tier: "B",
  scope: "member",
  effective: {
    from: "2020-06-01"
  },
  department: "primary_health",
  documents: ["maternal_child_handbook", "vaccination_certificate"],
  citation: {
    chapter: "\u7B2C\u4E09\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u5B8C\u5584\u513F\u7AE5\u5065\u5EB7\u670D\u52A1",
    quote: "\u5F00\u5C55\u65B0\u751F\u513F\u5BB6\u5EAD\u8BBF\u89C6\u548C\u5A74\u5E7C\u513F\u5B9A\u671F\u5065\u5EB7\u68C0\u67E5,\u63A8\u5E7F\u4F7F\u7528\u300A\u6BCD\u5B50\u5065\u5EB7\u624B\u518C\u300B,\u63D0\u4F9B\u5A74\u5E7C\u513F\u65E9\u671F\u53D1\u5C55\u6307\u5BFC\u670D\u52A1\u3002",
    also: [
      "\u6CB3\u5357\u7701\u6BCD\u5A74\u4FDD\u5065\u6761\u4F8B \u7B2C\u4E8C\u5341\u516D\u6761\uFF08\u5BF9\u65B0\u751F\u513F\u8FDB\u884C\u4FDD\u5065\u767B\u8BB0\u3001\u5EFA\u5361\uFF0C\u5E76\u6309\u89C4\u5B9A\u5BF9\u5A74\u513F\u5B9A\u671F\u8FDB\u884C\u5065\u5EB7\u68C0\u67E5\u548C\u9884\u9632\u63A5\u79CD\uFF09",
      "\u57FA\u672C\u533B\u7597\u536B\u751F\u4E0E\u5065\u5EB7\u4FC3\u8FDB\u6CD5 \u7B2C\u5341\u4E94\u6761\uFF08\u57FA\u672C\u516C\u5171\u536B\u751F\u670D\u52A1\u7531\u56FD\u5BB6\u514D\u8D39\u63D0\u4F9B\uFF09\u3001\u7B2C\u4E8C\u5341\u56DB\u6761\u3001\u7B2C\u4E00\u767E\u4E00\u5341\u6761\uFF08\u81EA2020\u5E746\u67081\u65E5\u8D77\u65BD\u884C\uFF09"
    ]
  },
  conditions: {
    all: [
      {
        name: "resides_in_jiaozuo",
        fact: "residesInJiaozuo",
        operator: "equal",
        value: true,
        basis: "\u6CB3\u5357\u7701\u6BCD\u5A74\u4FDD\u5065\u6761\u4F8B \u7B2C\u5341\u56DB\u6761\uFF08\u6309\u7167\u5F53\u5730\u536B\u751F\u884C\u653F\u90E8\u95E8\u5212\u5B9A\u7684\u670D\u52A1\u533A\u57DF\u63D0\u4F9B\u670D\u52A1\uFF09\uFF1B\u57FA\u672C\u533B\u7597\u536B\u751F\u4E0E\u5065\u5EB7\u4FC3\u8FDB\u6CD5 \u7B2C\u5341\u516B\u6761"
      },
      {
        name: "child_age",
        fact: "age",
        operator: "lessThanInclusive",
        value: {
          fact: "param:child_health.max_age"
        },
        basis: "\u6CB3\u5357\u7701\u6BCD\u5A74\u4FDD\u5065\u6761\u4F8B \u7B2C\u4E8C\u5341\u516D\u6761\uFF08\u65B0\u751F\u513F\u4FDD\u5065\u767B\u8BB0\u3001\u5EFA\u5361\uFF0C\u5A74\u513F\u5B9A\u671F\u5065\u5EB7\u68C0\u67E5\uFF09\uFF1B\u57FA\u672C\u533B\u7597\u536B\u751F\u4E0E\u5065\u5EB7\u4FC3\u8FDB\u6CD5 \u7B2C\u5341\u4E94\u6761\uFF08\u57FA\u672C\u516C\u5171\u536B\u751F\u670D\u52A1\u514D\u8D39\uFF09\uFF1B\u5E74\u9F84\u4E3A\u5360\u4F4D\u53C2\u6570 child_health.max_age (UNVERIFIED)"
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u65B0\u751F\u513F\u8BBF\u89C6\u548C\u5A74\u5E7C\u513F\u5065\u5EB7\u68C0\u67E5",
      summary: "\u5C45\u4F4F\u5728\u7126\u4F5C\u76840\u20146\u5C81\u513F\u7AE5\u53EF\u514D\u8D39\u63A5\u53D7\u65B0\u751F\u513F\u5BB6\u5EAD\u8BBF\u89C6\u548C\u5B9A\u671F\u5065\u5EB7\u68C0\u67E5\uFF0C\u5EFA\u7ACB\u300A\u6BCD\u5B50\u5065\u5EB7\u624B\u518C\u300B\uFF0C\u83B7\u5F97\u751F\u957F\u53D1\u80B2\u548C\u65E9\u671F\u53D1\u5C55\u6307\u5BFC\u3002",
      conditions: {
        resides_in_jiaozuo: "\u5C45\u4F4F\u5728\u7126\u4F5C\uFF08\u6309\u5C45\u4F4F\u5730\u670D\u52A1\u533A\u57DF\u63D0\u4F9B\uFF0C\u4E0D\u8BBA\u6237\u7C4D\uFF09",
        child_age: "0\u20146\u5468\u5C81\u513F\u7AE5"
      }
    },
    en: {
      name: "newborn visits and infant health checks",
      summary: "Children aged 0\u20136 living in Jiaozuo get a free home visit after birth and regular health checks, a maternal and child health handbook, and advice on growth and early development.",
      conditions: {
        resides_in_jiaozuo: "lives in Jiaozuo (served where the family lives, whatever the hukou)",
        child_age: "a child aged 0 to 6"
      }
    }
  }
};

// rules/childcare-services.json
var childcare_services_default = {
  id: "childcare-services",
  tier: "B",
  scope: "member",
  effective: {
    from: "2022-10-26"
  },
  department: "childcare",
  documents: ["vaccination_certificate", "resident_id_card"],
  citation: {
    chapter: "\u7B2C\u4E09\u7AE0",
    section: "\u7B2C\u4E8C\u8282",
    lead: "\u52A0\u5F3A\u793E\u533A\u6258\u80B2\u670D\u52A1\u8BBE\u65BD\u5EFA\u8BBE",
    quote: "\u52A0\u5927\u5BF9\u793E\u533A\u5A74\u5E7C\u513F\u7167\u62A4\u670D\u52A1\u7684\u652F\u6301\u529B\u5EA6,\u6309\u6807\u51C6\u548C\u89C4\u8303\u5EFA\u8BBE\u5A74\u5E7C\u513F\u7167\u62A4\u670D\u52A1\u8BBE\u65BD\u53CA\u914D\u5957\u5B89\u5168\u8BBE\u65BD,\u6253\u9020\u4E00\u6279\u5D4C\u5165\u5F0F\u3001\u5206\u5E03\u5F0F\u3001\u8FDE\u9501\u5316\u3001\u4E13\u4E1A\u5316\u7684\u793E\u533A\u6258\u80B2\u670D\u52A1\u8BBE\u65BD,\u5F00\u5C55\u5168\u65E5\u6258\u3001\u534A\u65E5\u6258\u3001\u8BA1\u65F6\u6258\u3001\u4E34\u65F6\u6258\u7B49\u591A\u6837\u5316\u666E\u60E0\u6258\u80B2\u670D\u52A1\u3002",
    also: [
      "\u7B2C\u4E09\u7AE0 \u7B2C\u4E8C\u8282\u300C\u63A8\u8FDB\u6258\u80B2\u670D\u52A1\u591A\u5143\u4F9B\u7ED9\u300D\uFF08\u6BCF\u5343\u4EBA\u53E33\u5C81\u4EE5\u4E0B\u5A74\u5E7C\u513F\u6258\u4F4D\u6570\uFF09",
      "\u4E13\u680F1 \u7B2C4\u9879\u300C\u666E\u60E0\u6258\u80B2\u670D\u52A1\u8BBE\u65BD\u5EFA\u8BBE\u5DE5\u7A0B\u300D",
      "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E8C\u5341\u516B\u6761\uFF08\u666E\u60E0\u6258\u80B2\u670D\u52A1\u4F53\u7CFB\uFF1B\u6258\u80B2\u673A\u6784\u5411\u53BF\u7EA7\u536B\u751F\u5065\u5EB7\u4E3B\u7BA1\u90E8\u95E8\u5907\u6848\uFF09\u3001\u7B2C\u4E8C\u5341\u4E5D\u6761",
      "\u75AB\u82D7\u7BA1\u7406\u6CD5 \u7B2C\u56DB\u5341\u516B\u6761\uFF08\u5165\u6258\u67E5\u9A8C\u9884\u9632\u63A5\u79CD\u8BC1\uFF09"
    ]
  },
  verifiedAtWindow: ["place_and_fee"],
  conditions: {
    all: [
      {
        name: "under_three",
        fact: "age",
        operator: "lessThan",
        value: {
          fact: "param:childcare.age_below"
        },
        basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E8C\u5341\u516B\u6761\uFF08\u666E\u60E0\u6258\u80B2\u670D\u52A1\uFF0C\u63D0\u9AD8\u5A74\u5E7C\u513F\u5BB6\u5EAD\u83B7\u5F97\u670D\u52A1\u7684\u53EF\u53CA\u6027\uFF09\uFF1Bthe plan \u7B2C\u4E09\u7AE0 \u7B2C\u4E8C\u8282 (3\u5C81\u4EE5\u4E0B\u5A74\u5E7C\u513F\u6258\u4F4D)"
      },
      {
        name: "resides_in_jiaozuo",
        fact: "residesInJiaozuo",
        operator: "equal",
        value: true,
        basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E8C\u5341\u4E5D\u6761\uFF08\u4E0E\u5E38\u4F4F\u4EBA\u53E3\u89C4\u6A21\u76F8\u9002\u5E94\u7684\u5A74\u5E7C\u513F\u6D3B\u52A8\u573A\u6240\u53CA\u914D\u5957\u670D\u52A1\u8BBE\u65BD\uFF09"
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u666E\u60E0\u6258\u80B2\u670D\u52A1",
      summary: "\u5C45\u4F4F\u5728\u7126\u4F5C\u76843\u5C81\u4EE5\u4E0B\u5A74\u5E7C\u513F\u53EF\u4EE5\u5728\u793E\u533A\u6258\u80B2\u670D\u52A1\u8BBE\u65BD\u3001\u666E\u60E0\u6258\u80B2\u673A\u6784\u6216\u5E7C\u513F\u56ED\u6258\u73ED\u63A5\u53D7\u5168\u65E5\u6258\u3001\u534A\u65E5\u6258\u3001\u8BA1\u65F6\u6258\u3001\u4E34\u65F6\u6258\u7B49\u666E\u60E0\u6258\u80B2\u670D\u52A1\uFF0C\u6536\u8D39\u4F4E\u4E8E\u5E02\u573A\u4EF7\u683C\u3002",
      conditions: {
        under_three: "3\u5468\u5C81\u4EE5\u4E0B\u5A74\u5E7C\u513F",
        resides_in_jiaozuo: "\u5C45\u4F4F\u5728\u7126\u4F5C"
      },
      window: {
        place_and_fee: "\u6709\u65E0\u7A7A\u4F59\u6258\u4F4D\u548C\u6536\u8D39\u6807\u51C6\u4EE5\u6258\u80B2\u673A\u6784\u4E3A\u51C6\uFF1B\u5165\u6258\u65F6\u67E5\u9A8C\u9884\u9632\u63A5\u79CD\u8BC1"
      }
    },
    en: {
      name: "affordable childcare",
      summary: "Children under 3 living in Jiaozuo can use affordable full-day, half-day, hourly or occasional childcare at community childcare facilities, affordable nurseries or kindergarten nursery classes.",
      conditions: {
        under_three: "a child under 3",
        resides_in_jiaozuo: "lives in Jiaozuo"
      },
      window: {
        place_and_fee: "whether a place is free and what it costs depends on the nursery; the vaccination certificate is checked at admission"
      }
    }
  }
};

// rules/childhood-immunization.json
var childhood_immunization_default = {
  id: "childhood-immunization",
  tier: "B",
  scope: "member",
  effective: {
    from: "2019-12-01"
  },
  department: "vaccination_clinic",
  documents: ["vaccination_certificate"],
  citation: {
    chapter: "\u7B2C\u4E09\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u5B8C\u5584\u513F\u7AE5\u5065\u5EB7\u670D\u52A1",
    quote: "\u89C4\u8303\u3001\u4FDD\u969C\u514D\u75AB\u89C4\u5212\u75AB\u82D7\u4F9B\u5E94,\u63D0\u5347\u9884\u9632\u63A5\u79CD\u7BA1\u7406\u8D28\u91CF\u3002",
    also: [
      "\u75AB\u82D7\u7BA1\u7406\u6CD5 \u7B2C\u516D\u6761\uFF08\u5C45\u4F4F\u5728\u4E2D\u56FD\u5883\u5185\u7684\u5C45\u6C11\u4F9D\u6CD5\u4EAB\u6709\u63A5\u79CD\u514D\u75AB\u89C4\u5212\u75AB\u82D7\u7684\u6743\u5229\uFF1B\u653F\u5E9C\u514D\u8D39\u5411\u5C45\u6C11\u63D0\u4F9B\u514D\u75AB\u89C4\u5212\u75AB\u82D7\uFF09\u3001\u7B2C\u56DB\u5341\u4E03\u6761\uFF08\u9884\u9632\u63A5\u79CD\u8BC1\uFF1B\u5C45\u4F4F\u5730\u7BA1\u7406\uFF09\u3001\u7B2C\u56DB\u5341\u4E5D\u6761\uFF08\u63A5\u79CD\u514D\u75AB\u89C4\u5212\u75AB\u82D7\u4E0D\u5F97\u6536\u53D6\u4EFB\u4F55\u8D39\u7528\uFF09\u3001\u7B2C\u4E00\u767E\u6761\uFF08\u81EA2019\u5E7412\u67081\u65E5\u8D77\u65BD\u884C\uFF09",
      "\u57FA\u672C\u533B\u7597\u536B\u751F\u4E0E\u5065\u5EB7\u4FC3\u8FDB\u6CD5 \u7B2C\u4E8C\u5341\u4E00\u6761"
    ]
  },
  conditions: {
    all: [
      {
        name: "resides_in_jiaozuo",
        fact: "residesInJiaozuo",
        operator: "equal",
        value: true,
        basis: "\u75AB\u82D7\u7BA1\u7406\u6CD5 \u7B2C\u56DB\u5341\u4E03\u6761\u7B2C\u4E8C\u6B3E\uFF08\u9884\u9632\u63A5\u79CD\u5B9E\u884C\u5C45\u4F4F\u5730\u7BA1\u7406\uFF09\uFF1B\u7B2C\u516D\u6761\uFF08\u5C45\u4F4F\u5728\u4E2D\u56FD\u5883\u5185\u7684\u5C45\u6C11\uFF09"
      },
      {
        name: "child_age",
        fact: "age",
        operator: "lessThanInclusive",
        value: {
          fact: "param:childhood_immunization.max_age"
        },
        basis: "\u75AB\u82D7\u7BA1\u7406\u6CD5 \u7B2C\u516D\u6761\u7B2C\u4E09\u6B3E\uFF08\u4FDD\u969C\u9002\u9F84\u513F\u7AE5\u63A5\u79CD\u514D\u75AB\u89C4\u5212\u75AB\u82D7\uFF09\uFF1B\u5E74\u9F84\u4E3A\u5360\u4F4D\u53C2\u6570 childhood_immunization.max_age (UNVERIFIED: the national immunisation schedule is not in the sources)"
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u514D\u75AB\u89C4\u5212\u75AB\u82D7\u514D\u8D39\u63A5\u79CD",
      summary: "\u5C45\u4F4F\u5728\u7126\u4F5C\u7684\u9002\u9F84\u513F\u7AE5\u514D\u8D39\u63A5\u79CD\u56FD\u5BB6\u514D\u75AB\u89C4\u5212\u75AB\u82D7\uFF0C\u63A5\u79CD\u5355\u4F4D\u4E0D\u6536\u53D6\u4EFB\u4F55\u8D39\u7528\u3002\u5B69\u5B50\u51FA\u751F\u540E\u4E00\u4E2A\u6708\u5185\uFF0C\u76D1\u62A4\u4EBA\u5E94\u4E3A\u5176\u529E\u7406\u9884\u9632\u63A5\u79CD\u8BC1\u3002",
      conditions: {
        resides_in_jiaozuo: "\u5C45\u4F4F\u5728\u7126\u4F5C\uFF08\u9884\u9632\u63A5\u79CD\u6309\u5C45\u4F4F\u5730\u7BA1\u7406\uFF0C\u4E0D\u8BBA\u6237\u7C4D\uFF09",
        child_age: "\u5904\u4E8E\u514D\u75AB\u89C4\u5212\u63A5\u79CD\u5E74\u9F84\uFF087\u5468\u5C81\u4EE5\u4E0B\uFF09"
      }
    },
    en: {
      name: "free childhood immunisation",
      summary: "Children living in Jiaozuo get the vaccines of the national immunisation programme free of charge; the vaccination clinic may not charge for them. Within a month of birth, the guardian obtains the child's vaccination certificate.",
      conditions: {
        resides_in_jiaozuo: "lives in Jiaozuo (vaccination is organised where the child lives, whatever the hukou)",
        child_age: "of immunisation age (under 7)"
      }
    }
  }
};

// rules/compulsory-education-free.json
var compulsory_education_free_default = {
  id: "compulsory-education-free",
  tier: "A",
  scope: "member",
  effective: { from: "2018-12-29" },
  department: "school",
  documents: ["student_status_proof"],
  citation: {
    chapter: "\u7B2C\u56DB\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u4FDD\u969C\u6559\u80B2\u57FA\u672C\u516C\u5171\u670D\u52A1",
    quote: "\u514D\u9664\u4E49\u52A1\u6559\u80B2\u5B66\u751F\u5B66\u6742\u8D39,\u514D\u8D39\u63D0\u4F9B\u56FD\u5BB6\u8BFE\u7A0B\u6559\u79D1\u4E66,\u5BF9\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\u8865\u52A9\u751F\u6D3B\u8D39\u3002",
    also: ["\u4E49\u52A1\u6559\u80B2\u6CD5 \u7B2C\u4E8C\u6761\uFF08\u5B9E\u65BD\u4E49\u52A1\u6559\u80B2\uFF0C\u4E0D\u6536\u5B66\u8D39\u3001\u6742\u8D39\uFF09\u3001\u7B2C\u56DB\u5341\u56DB\u6761"]
  },
  conditions: {
    all: [
      {
        name: "stage_compulsory",
        basis: "\u4E49\u52A1\u6559\u80B2\u6CD5 \u7B2C\u4E8C\u6761\uFF08\u56FD\u5BB6\u5B9E\u884C\u4E5D\u5E74\u4E49\u52A1\u6559\u80B2\u5236\u5EA6\uFF09",
        fact: "schoolStage",
        operator: "in",
        value: ["primary", "junior"]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u4E49\u52A1\u6559\u80B2\u514D\u5B66\u6742\u8D39\u3001\u514D\u8D39\u6559\u79D1\u4E66",
      summary: "\u5728\u5C0F\u5B66\u3001\u521D\u4E2D\u4E0A\u5B66\u7684\u5B66\u751F\uFF0C\u4E0D\u4EA4\u5B66\u8D39\u3001\u6742\u8D39\uFF0C\u514D\u8D39\u9886\u53D6\u56FD\u5BB6\u8BFE\u7A0B\u6559\u79D1\u4E66\u3002\u5165\u5B66\u5C31\u4EAB\u53D7\uFF0C\u4E0D\u7528\u53E6\u5916\u7533\u8BF7\u3002",
      conditions: { stage_compulsory: "\u6B63\u5728\u4E0A\u5C0F\u5B66\u6216\u521D\u4E2D\uFF08\u4E49\u52A1\u6559\u80B2\u9636\u6BB5\uFF09" }
    },
    en: {
      name: "free compulsory schooling and textbooks",
      summary: "Primary and junior-middle school students pay no tuition or miscellaneous fees and get the national-curriculum textbooks free. It comes with enrolment; there is nothing to apply for.",
      conditions: { stage_compulsory: "attends primary or junior-middle school (compulsory education)" }
    }
  }
};

// rules/compulsory-living-subsidy.json
var compulsory_living_subsidy_default = {
  id: "compulsory-living-subsidy",
  tier: "A",
  scope: "member",
  effective: { from: "2019-01-01" },
  department: "education",
  documents: [
    "application_form",
    "hukou_booklet",
    "student_status_proof",
    "dibao_certificate",
    "poverty_alleviation_proof",
    "orphan_proof",
    "disability_certificate"
  ],
  citation: {
    chapter: "\u7B2C\u56DB\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u4FDD\u969C\u6559\u80B2\u57FA\u672C\u516C\u5171\u670D\u52A1",
    quote: "\u514D\u9664\u4E49\u52A1\u6559\u80B2\u5B66\u751F\u5B66\u6742\u8D39,\u514D\u8D39\u63D0\u4F9B\u56FD\u5BB6\u8BFE\u7A0B\u6559\u79D1\u4E66,\u5BF9\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\u8865\u52A9\u751F\u6D3B\u8D39\u3002",
    also: ["\u300C\u5341\u56DB\u4E94\u300D\u793E\u4F1A\u9886\u57DF\u516C\u5171\u670D\u52A1\u53D1\u5C55\u6307\u6807 \u5B66\u6709\u6240\u6559\u300C\u4E49\u52A1\u6559\u80B2\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\u751F\u6D3B\u8865\u52A9\u300D", "\u4E49\u52A1\u6559\u80B2\u6CD5 \u7B2C\u56DB\u5341\u56DB\u6761\uFF08\u8865\u52A9\u5BC4\u5BBF\u751F\u751F\u6D3B\u8D39\uFF09"]
  },
  amount: {
    period: "year",
    formula: {
      switch: "boarding",
      cases: {
        true: {
          switch: "schoolStage",
          cases: { primary: { param: "compulsory_living_subsidy.boarding.primary" }, junior: { param: "compulsory_living_subsidy.boarding.junior" } }
        },
        false: {
          switch: "schoolStage",
          cases: { primary: { param: "compulsory_living_subsidy.day.primary" }, junior: { param: "compulsory_living_subsidy.day.junior" } }
        }
      }
    }
  },
  verifiedAtWindow: ["hardship_recognition"],
  conditions: {
    all: [
      {
        name: "stage_compulsory",
        basis: "\u4E49\u52A1\u6559\u80B2\u6CD5 \u7B2C\u4E8C\u6761\uFF1B\u7B2C\u56DB\u5341\u56DB\u6761\u7B2C\u4E8C\u6B3E\uFF08\u5BF9\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u7684\u9002\u9F84\u513F\u7AE5\u3001\u5C11\u5E74\u8865\u52A9\u5BC4\u5BBF\u751F\u751F\u6D3B\u8D39\uFF09",
        fact: "schoolStage",
        operator: "in",
        value: ["primary", "junior"]
      },
      {
        any: [
          {
            name: "dibao",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E09\u6761\uFF08\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BB6\u5EAD\u6210\u5458\u3001\u7279\u56F0\u4F9B\u517B\u4EBA\u5458\u7ED9\u4E88\u6559\u80B2\u6551\u52A9\uFF09",
            fact: "holdsDibao",
            operator: "equal",
            value: true
          },
          {
            name: "tekun",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E09\u6761\uFF08\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BB6\u5EAD\u6210\u5458\u3001\u7279\u56F0\u4F9B\u517B\u4EBA\u5458\u7ED9\u4E88\u6559\u80B2\u6551\u52A9\uFF09",
            fact: "holdsTekun",
            operator: "equal",
            value: true
          },
          {
            name: "low_income",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF09\uFF1B\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u516B\u6761\u7B2C\u4E8C\u6B3E\uFF08\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\uFF09",
            fact: "holdsLowIncome",
            operator: "equal",
            value: true
          },
          {
            name: "poverty_alleviation",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF09\uFF1B\u6CB3\u5357\u7701\u6276\u8D2B\u5F00\u53D1\u6761\u4F8B\uFF08\u5EFA\u6863\u7ACB\u5361\u8D2B\u56F0\u6237\uFF09",
            fact: "holdsPovertyAlleviation",
            operator: "equal",
            value: true
          },
          {
            name: "orphan",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF09\uFF1B\u56FD\u529E \u52A0\u5F3A\u5B64\u513F\u4FDD\u969C\u5DE5\u4F5C\u7684\u610F\u89C1\uFF08parameters.md \xA78\uFF0CM\uFF09",
            fact: "orphan",
            operator: "equal",
            value: true
          },
          {
            name: "factually_unsupported",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF09\uFF1B\u5173\u4E8E\u8FDB\u4E00\u6B65\u52A0\u5F3A\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u4FDD\u969C\u5DE5\u4F5C\u7684\u610F\u89C1\uFF082019\uFF09",
            fact: "factuallyUnsupported",
            operator: "equal",
            value: true
          },
          {
            name: "disability_certificate",
            basis: "\u6CB3\u5357\u7701\u5B9E\u65BD\u300A\u6B8B\u75BE\u4EBA\u4FDD\u969C\u6CD5\u300B\u529E\u6CD5 \u7B2C\u4E8C\u5341\u4E00\u6761\uFF08\u6B8B\u75BE\u5B66\u751F\u5BC4\u5BBF\u751F\u6D3B\u7B49\u8D39\u7528\u8865\u52A9\uFF09",
            fact: "hasDisabilityCertificate",
            operator: "equal",
            value: true
          },
          {
            all: [
              {
                name: "hardship_event",
                basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u56DB\u5341\u4E03\u6761\uFF08\u56E0\u610F\u5916\u4E8B\u4EF6\u3001\u91CD\u5927\u75BE\u75C5\u5BFC\u81F4\u57FA\u672C\u751F\u6D3B\u56F0\u96BE\uFF09",
                fact: "hardshipEvent",
                operator: "equal",
                value: true
              },
              {
                name: "hardship_recognised",
                basis: "\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\u7531\u5B66\u6821\uFF08\u5E7C\u513F\u56ED\uFF09\u548C\u5B66\u751F\u8D44\u52A9\u7BA1\u7406\u4E2D\u5FC3\u8BA4\u5B9A\uFF08parameters.md \xA74\uFF0CM\uFF09",
                fact: "checkedAtWindow",
                operator: "equal",
                value: true
              }
            ]
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u4E49\u52A1\u6559\u80B2\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\u751F\u6D3B\u8865\u52A9",
      summary: "\u4E0A\u5C0F\u5B66\u3001\u521D\u4E2D\u7684\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF08\u542B\u5B64\u513F\u3001\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u3001\u6B8B\u75BE\u5B66\u751F\uFF09\uFF0C\u6BCF\u5E74\u53EF\u9886\u751F\u6D3B\u8865\u52A9\uFF0C\u4F4F\u6821\u7684\u6807\u51C6\u66F4\u9AD8\u3002\u901A\u8FC7\u5B66\u6821\u7533\u8BF7\u3002",
      conditions: {
        stage_compulsory: "\u6B63\u5728\u4E0A\u5C0F\u5B66\u6216\u521D\u4E2D\uFF08\u4E49\u52A1\u6559\u80B2\u9636\u6BB5\uFF09",
        dibao: "\u5BB6\u5EAD\u4EAB\u53D7\u4F4E\u4FDD",
        tekun: "\u5B66\u751F\u672C\u4EBA\u662F\u7279\u56F0\u4F9B\u517B\u4EBA\u5458",
        low_income: "\u5BB6\u5EAD\u662F\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\uFF08\u4F4E\u6536\u5165\u5BB6\u5EAD\uFF09",
        poverty_alleviation: "\u5BB6\u5EAD\u662F\u8131\u8D2B\u6237\u6216\u9632\u8FD4\u8D2B\u76D1\u6D4B\u6237",
        orphan: "\u5B66\u751F\u662F\u5B64\u513F",
        factually_unsupported: "\u5B66\u751F\u662F\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5",
        disability_certificate: "\u5B66\u751F\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1",
        hardship_event: "\u5BB6\u5EAD\u56E0\u75C5\u3001\u56E0\u707E\u3001\u56E0\u610F\u5916\u5BFC\u81F4\u751F\u6D3B\u56F0\u96BE",
        hardship_recognised: "\u662F\u5426\u8BA4\u5B9A\u4E3A\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\uFF0C\u7531\u5B66\u6821\uFF08\u5E7C\u513F\u56ED\uFF09\u548C\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u5B66\u751F\u8D44\u52A9\u7BA1\u7406\u4E2D\u5FC3\u8BA4\u5B9A"
      },
      window: { hardship_recognition: "\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u60C5\u51B5\u7531\u5B66\u6821\u548C\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u5B66\u751F\u8D44\u52A9\u7BA1\u7406\u4E2D\u5FC3\u6309\u8BA4\u5B9A\u7A0B\u5E8F\u6838\u5B9E" },
      amountNote: "\u6309\u5B66\u6BB5\uFF08\u5C0F\u5B66\u3001\u521D\u4E2D\uFF09\u548C\u662F\u5426\u4F4F\u6821\u7684\u5E74\u6807\u51C6\u4F30\u7B97\uFF1B\u6CA1\u6709\u56DE\u7B54\u662F\u5426\u4F4F\u6821\u65F6\u4E0D\u4F30\u7B97\u91D1\u989D"
    },
    en: {
      name: "living subsidy, compulsory-education students in hardship",
      summary: "Primary and junior-middle students from families in hardship (including orphans, de-facto unsupported children and disabled students) get a yearly living subsidy, higher for boarders. Apply through the school.",
      conditions: {
        stage_compulsory: "attends primary or junior-middle school (compulsory education)",
        dibao: "the household receives dibao",
        tekun: "the student receives extreme-poverty (\u7279\u56F0) support",
        low_income: "the household is a low-income (near-dibao) household",
        poverty_alleviation: "the household is a former poor household (\u8131\u8D2B\u6237) or under poverty-relapse monitoring",
        orphan: "the student is an orphan",
        factually_unsupported: "the student is a de-facto unsupported child (\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5)",
        disability_certificate: "the student holds a disability certificate",
        hardship_event: "the household fell into hardship through illness, disaster or an accident",
        hardship_recognised: "whether the family counts as in hardship is decided by the school (or kindergarten) and the county student-aid centre"
      },
      window: { hardship_recognition: "the family's hardship is confirmed by the school and the county student-aid centre" },
      amountNote: "yearly rate by stage (primary, junior-middle) and by boarding; not estimated until boarding is answered"
    }
  }
};

// rules/contraception-services.json
var contraception_services_default = {
  id: "contraception-services",
  tier: "B",
  scope: "member",
  effective: {
    from: "2021-08-20"
  },
  department: "primary_health",
  documents: ["resident_id_card", "marriage_certificate"],
  citation: {
    chapter: "\u7B2C\u4E09\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u6269\u5927\u4F18\u5B55\u4F18\u751F\u670D\u52A1",
    quote: "\u4E3A\u57CE\u4E61\u7B26\u5408\u6761\u4EF6\u7684\u5B55\u4EA7\u5987\u514D\u8D39\u63D0\u4F9B\u5B55\u65E9\u671F\u5065\u5EB7\u68C0\u67E5\u3001\u4EA7\u540E\u8BBF\u89C6\u7B49\u670D\u52A1,\u5B9E\u65BD\u9884\u9632\u51FA\u751F\u7F3A\u9677\u514D\u8D39\u4EA7\u524D\u7B5B\u67E5\u3001\u65B0\u751F\u513F\u75BE\u75C5\u7B5B\u67E5\u53CA\u4EA7\u524D\u8BCA\u65AD,\u4E3A\u80B2\u9F84\u592B\u5987\u514D\u8D39\u63D0\u4F9B\u57FA\u672C\u907F\u5B55\u8282\u80B2\u670D\u52A1\u3002",
    also: ["\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u5341\u4E5D\u6761\u3001\u7B2C\u4E8C\u5341\u6761\u3001\u7B2C\u4E8C\u5341\u4E00\u6761\uFF08\u5B9E\u884C\u8BA1\u5212\u751F\u80B2\u7684\u80B2\u9F84\u592B\u59BB\u514D\u8D39\u4EAB\u53D7\u56FD\u5BB6\u89C4\u5B9A\u7684\u57FA\u672C\u9879\u76EE\u7684\u8BA1\u5212\u751F\u80B2\u6280\u672F\u670D\u52A1\uFF09\u3001\u7B2C\u5341\u56DB\u6761"]
  },
  verifiedAtWindow: ["couple"],
  conditions: {
    all: [
      {
        name: "childbearing_age_min",
        fact: "age",
        operator: "greaterThanInclusive",
        value: {
          fact: "param:family_planning.childbearing_age.min"
        },
        basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E8C\u5341\u4E00\u6761\uFF08\u80B2\u9F84\u592B\u59BB\uFF09\uFF1B\u5E74\u9F84\u4E3A\u5360\u4F4D\u53C2\u6570 family_planning.childbearing_age.min (UNVERIFIED)"
      },
      {
        name: "childbearing_age_max",
        fact: "age",
        operator: "lessThanInclusive",
        value: {
          fact: "param:family_planning.childbearing_age.max"
        },
        basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E8C\u5341\u4E00\u6761\uFF08\u80B2\u9F84\u592B\u59BB\uFF09\uFF1B\u5E74\u9F84\u4E3A\u5360\u4F4D\u53C2\u6570 family_planning.childbearing_age.max (UNVERIFIED)"
      },
      {
        any: [
          {
            name: "resides_in_jiaozuo",
            fact: "residesInJiaozuo",
            operator: "equal",
            value: true,
            basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u5341\u56DB\u6761\uFF08\u6D41\u52A8\u4EBA\u53E3\u7531\u6237\u7C4D\u6240\u5728\u5730\u548C\u73B0\u5C45\u4F4F\u5730\u5171\u540C\u8D1F\u8D23\uFF0C\u4EE5\u73B0\u5C45\u4F4F\u5730\u4E3A\u4E3B\uFF09"
          },
          {
            name: "hukou_in_jiaozuo",
            fact: "hukouInJiaozuo",
            operator: "equal",
            value: true,
            basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u5341\u56DB\u6761\uFF08\u6237\u7C4D\u6240\u5728\u5730\u548C\u73B0\u5C45\u4F4F\u5730\u5171\u540C\u8D1F\u8D23\uFF09"
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u514D\u8D39\u57FA\u672C\u907F\u5B55\u8282\u80B2\u670D\u52A1",
      summary: "\u5B9E\u884C\u8BA1\u5212\u751F\u80B2\u7684\u80B2\u9F84\u592B\u59BB\u514D\u8D39\u4EAB\u53D7\u56FD\u5BB6\u89C4\u5B9A\u7684\u57FA\u672C\u907F\u5B55\u8282\u80B2\u6280\u672F\u670D\u52A1\uFF08\u5982\u907F\u5B55\u836F\u5177\u3001\u653E\u53D6\u5BAB\u5185\u8282\u80B2\u5668\u3001\u7EDD\u80B2\u624B\u672F\uFF09\uFF0C\u53EF\u81EA\u4E3B\u9009\u62E9\u907F\u5B55\u65B9\u6CD5\u3002",
      conditions: {
        childbearing_age_min: "\u8FBE\u5230\u80B2\u9F84\uFF0815\u5468\u5C81\u4EE5\u4E0A\uFF09",
        childbearing_age_max: "\u5904\u4E8E\u80B2\u9F84\uFF0849\u5468\u5C81\u4EE5\u4E0B\uFF09",
        resides_in_jiaozuo: "\u5C45\u4F4F\u5728\u7126\u4F5C",
        hukou_in_jiaozuo: "\u6237\u7C4D\u5728\u7126\u4F5C"
      },
      window: {
        couple: "\u670D\u52A1\u5BF9\u8C61\u4E3A\u80B2\u9F84\u592B\u59BB\uFF0C\u7531\u670D\u52A1\u673A\u6784\u6838\u5B9E"
      }
    },
    en: {
      name: "free basic contraception services",
      summary: "Couples of childbearing age get the state's basic contraception and birth-control services free (contraceptives, IUD insertion and removal, sterilisation) and choose the method themselves.",
      conditions: {
        childbearing_age_min: "of childbearing age (15 or over)",
        childbearing_age_max: "of childbearing age (49 or under)",
        resides_in_jiaozuo: "lives in Jiaozuo",
        hukou_in_jiaozuo: "hukou in Jiaozuo"
      },
      window: {
        couple: "the service is for married couples of childbearing age: the clinic confirms"
      }
    }
  }
};

// rules/dibao.json
var dibao_default = {
  id: "dibao",
  tier: "B",
  scope: "household",
  grantsStatus: "holdsDibao",
  effective: { from: "2019-03-02" },
  department: "civil_affairs",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "income_proof", "bank_account"],
  citation: {
    chapter: "\u7B2C\u4E5D\u7AE0",
    section: "\u7B2C\u4E8C\u8282",
    lead: "\u5B8C\u5584\u57CE\u4E61\u57FA\u672C\u751F\u6D3B\u4FDD\u969C\u5236\u5EA6",
    quote: "\u7CBE\u51C6\u8BA4\u5B9A\u57CE\u4E61\u4F4E\u4FDD\u5BF9\u8C61,\u79D1\u5B66\u8BBE\u7F6E\u4F4E\u4FDD\u6551\u52A9\u8BA4\u5B9A\u6807\u51C6\u548C\u6761\u4EF6,\u5B8C\u5584\u4FE1\u606F\u6838\u5BF9\u673A\u5236,\u89C4\u8303\u4F18\u5316\u4F4E\u4FDD\u5BA1\u6838\u5BA1\u6279\u7A0B\u5E8F\u3002",
    also: [
      "\u7B2C\u4E00\u7AE0 \u7B2C\u4E00\u8282\u300C\u793E\u4F1A\u4FDD\u969C\u7F51\u4E0D\u65AD\u7B51\u7262\u515C\u5B9E\u300D",
      "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E5D\u6761\u3001\u7B2C\u5341\u4E8C\u6761",
      "\u6CB3\u5357\u7701\u5B9E\u65BD\u300A\u6B8B\u75BE\u4EBA\u4FDD\u969C\u6CD5\u300B\u529E\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761\uFF08\u7531\u7236\u6BCD\u6216\u8005\u5144\u5F1F\u59D0\u59B9\u6276\u517B\u7684\u6210\u5E74\u91CD\u5EA6\u6B8B\u75BE\u4EBA\uFF0C\u89C6\u4E3A\u5355\u72EC\u7ACB\u6237\uFF0C\u5168\u989D\u65BD\u4FDD\uFF09",
      "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u4E94\u6761\u7B2C\u4E09\u6B3E\uFF08\u7279\u56F0\u4EBA\u5458\u4F9B\u517B\u4E0E\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u76F8\u8854\u63A5\uFF09",
      "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u4E94\u6761\u7B2C\u4E09\u6B3E\uFF08\u5C45\u4F4F\u5730\u7533\u529E\uFF09\u3001\u7B2C\u516B\u6761\uFF08\u5355\u72EC\u63D0\u51FA\u7533\u8BF7\uFF09",
      "\u6C11\u53D1\u30142022\u301583\u53F7 \u4E00(\u4E00)\uFF08\u6210\u5E74\u65E0\u4E1A\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u53C2\u7167\u201C\u5355\u4EBA\u6237\u201D\u7533\u8BF7\uFF09"
    ]
  },
  amount: {
    period: "month",
    formula: {
      op: "max",
      args: [
        {
          op: "sub",
          args: [{ op: "mul", args: [{ fact: "dibaoStandardMonthly" }, { fact: "membersWithoutTekun" }] }, { fact: "incomeTotalMonthly" }]
        },
        { op: "mul", args: [{ fact: "dibaoStandardMonthly" }, { fact: "separateDibaoMembers" }] }
      ]
    }
  },
  verifiedAtWindow: ["assets"],
  conditions: {
    any: [
      { name: "already_holds", basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u4E00\u6761\uFF08\u4E09\uFF09\uFF08\u7ECF\u5BA1\u6279\u53D6\u5F97\u4F4E\u4FDD\uFF09", fact: "holdsDibao", operator: "equal", value: true },
      {
        all: [
          {
            any: [
              {
                name: "hukou_local",
                basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u4E00\u6761\uFF08\u4E00\uFF09\uFF08\u5411\u6237\u7C4D\u6240\u5728\u5730\u7533\u8BF7\uFF09",
                fact: "hukouInJiaozuo",
                operator: "equal",
                value: true
              },
              {
                all: [
                  {
                    name: "resides_in_jiaozuo",
                    basis: "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u4E94\u6761\u7B2C\u4E09\u6B3E\uFF08\u6301\u6709\u5C45\u4F4F\u8BC1\u4EBA\u5458\u5728\u5C45\u4F4F\u5730\u7533\u529E\uFF09\uFF1B\u89C4\u5212 \u7B2C\u4E00\u7AE0\u7B2C\u4E00\u8282\uFF08\u7126\u4F5C\u4E3A\u5C45\u4F4F\u5730\u7533\u529E\u4F4E\u4FDD\u7B49\u793E\u4F1A\u6551\u52A9\u8BD5\u70B9\u5E02\uFF09",
                    fact: "residesInJiaozuo",
                    operator: "equal",
                    value: true
                  },
                  {
                    name: "resident_long_enough",
                    basis: "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u4E94\u6761\u7B2C\u4E09\u6B3E\uFF08\u6301\u6709\u5C45\u4F4F\u8BC1\u4EBA\u5458\u5728\u5C45\u4F4F\u5730\u7533\u529E\uFF09\uFF1B\u89C4\u5212 \u7B2C\u4E00\u7AE0\u7B2C\u4E00\u8282\uFF08\u7126\u4F5C\u4E3A\u5C45\u4F4F\u5730\u7533\u529E\u4F4E\u4FDD\u7B49\u793E\u4F1A\u6551\u52A9\u8BD5\u70B9\u5E02\uFF09\uFF1B\u5C45\u4F4F\u5E74\u9650\u7126\u4F5C\u5E02\u672A\u516C\u5E03\uFF08\u5360\u4F4D\u53C2\u6570 social_assistance.residence_min_years\uFF09",
                    fact: "yearsInJiaozuo",
                    operator: "greaterThanInclusive",
                    value: { fact: "param:social_assistance.residence_min_years" }
                  }
                ]
              }
            ]
          },
          {
            any: [
              {
                name: "income_below_standard",
                basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E5D\u6761\u3001\u7B2C\u5341\u6761\uFF1B\u7126\u4F5C2022\u5E74\u8D77\u7684\u6807\u51C6\u672A\u516C\u5E03\uFF0C\u6309\u6CB3\u5357\u7701\u6700\u4F4E\u6807\u51C6\u5360\u4F4D\uFF08\u53C2\u6570 dibao.standard.urban / dibao.standard.rural\uFF09",
                fact: "incomePerCapitaMonthly",
                operator: "lessThan",
                value: { fact: "dibaoStandardMonthly" }
              },
              {
                name: "severe_disability_own_household",
                basis: "\u6CB3\u5357\u7701\u5B9E\u65BD\u300A\u6B8B\u75BE\u4EBA\u4FDD\u969C\u6CD5\u300B\u529E\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761\uFF08\u7531\u7236\u6BCD\u6216\u8005\u5144\u5F1F\u59D0\u59B9\u6276\u517B\u7684\u6210\u5E74\u91CD\u5EA6\u6B8B\u75BE\u4EBA\uFF0C\u89C6\u4E3A\u5355\u72EC\u7ACB\u6237\uFF0C\u5168\u989D\u65BD\u4FDD\uFF09",
                fact: "severeDisabledAdultWithFamily",
                operator: "equal",
                value: true
              },
              {
                name: "single_person_severe_disability",
                basis: "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u516B\u6761\uFF08\u4E00\uFF09\uFF08\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\u4E2D\u7684\u4E00\u7EA7\u3001\u4E8C\u7EA7\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u548C\u4E09\u7EA7\u667A\u529B\u3001\u7CBE\u795E\u6B8B\u75BE\u4EBA\u53EF\u4EE5\u5355\u72EC\u63D0\u51FA\u7533\u8BF7\uFF09\uFF1B\u6C11\u53D1\u30142022\u301583\u53F7 \u4E00\uFF08\u4E00\uFF09\uFF08\u6210\u5E74\u65E0\u4E1A\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u53EF\u4EE5\u53C2\u7167\u201C\u5355\u4EBA\u6237\u201D\u7533\u8BF7\uFF09",
                fact: "singlePersonDibao",
                operator: "equal",
                value: true
              }
            ]
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u57CE\u4E61\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\uFF08\u4F4E\u4FDD\uFF09",
      summary: "\u5BB6\u5EAD\u4EBA\u5747\u6536\u5165\u4F4E\u4E8E\u5F53\u5730\u4F4E\u4FDD\u6807\u51C6\u7684\uFF0C\u6309\u5DEE\u989D\u6309\u6708\u53D1\u653E\u4F4E\u4FDD\u91D1\uFF1B\u7531\u7236\u6BCD\u6216\u5144\u5F1F\u59D0\u59B9\u6276\u517B\u7684\u6210\u5E74\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u53EF\u5355\u72EC\u7ACB\u6237\u3001\u5168\u989D\u4EAB\u53D7\u3002\u5DF2\u4EAB\u53D7\u7279\u56F0\u4F9B\u517B\u7684\u4EBA\u5458\u4E0D\u518D\u540C\u65F6\u4EAB\u53D7\u4F4E\u4FDD\u3002",
      conditions: {
        already_holds: "\u5DF2\u4EAB\u53D7\u4F4E\u4FDD",
        hukou_local: "\u6237\u7C4D\u5728\u7126\u4F5C\u5E02",
        resident_long_enough: "\u5728\u7126\u4F5C\u5C45\u4F4F\u6EE1\u89C4\u5B9A\u5E74\u9650\uFF08\u7126\u4F5C\u4E3A\u5C45\u4F4F\u5730\u7533\u529E\u793E\u4F1A\u6551\u52A9\u8BD5\u70B9\u5E02\uFF09",
        income_below_standard: "\u5BB6\u5EAD\u4EBA\u5747\u6708\u6536\u5165\u4F4E\u4E8E\u5F53\u5730\u4F4E\u4FDD\u6807\u51C6",
        severe_disability_own_household: "\u5BB6\u4E2D\u6709\u7531\u7236\u6BCD\u6216\u5144\u5F1F\u59D0\u59B9\u6276\u517B\u7684\u6210\u5E74\u91CD\u5EA6\uFF08\u4E00\u7EA7\u3001\u4E8C\u7EA7\uFF09\u6B8B\u75BE\u4EBA\uFF0C\u53EF\u89C6\u4E3A\u5355\u72EC\u7ACB\u6237\uFF0C\u5168\u989D\u4EAB\u53D7\u4F4E\u4FDD",
        resides_in_jiaozuo: "\u5E38\u4F4F\u7126\u4F5C",
        single_person_severe_disability: "\u5BB6\u4E2D\u6709\u53EF\u5355\u72EC\u7533\u8BF7\u4F4E\u4FDD\u7684\u6210\u5E74\u91CD\u5EA6\u6B8B\u75BE\u4EBA\uFF1A\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\u4E2D\u7684\u4E00\u7EA7\u3001\u4E8C\u7EA7\u6B8B\u75BE\u4EBA\u6216\u4E09\u7EA7\u667A\u529B\u3001\u7CBE\u795E\u6B8B\u75BE\u4EBA\uFF0C\u6216\u65E0\u4E1A\u7684\u6210\u5E74\u91CD\u5EA6\u6B8B\u75BE\u4EBA\uFF08\u53C2\u7167\u5355\u4EBA\u6237\uFF0C\u672C\u4EBA\u6536\u5165\u7531\u7A97\u53E3\u6838\u5B9E\uFF09"
      },
      window: {
        assets: "\u5BB6\u5EAD\u5B58\u6B3E\u3001\u8F66\u8F86\u3001\u623F\u4EA7\u7B49\u8D22\u4EA7\u72B6\u51B5\uFF0C\u7531\u7A97\u53E3\u901A\u8FC7\u7ECF\u6D4E\u72B6\u51B5\u4FE1\u606F\u6838\u5BF9\u786E\u8BA4",
        amount_review: "\u6309\u60A8\u7684\u56DE\u7B54\u4F30\u7B97\u4E0D\u51FA\u4F4E\u4FDD\u91D1\u989D\uFF1A\u7533\u62A5\u7684\u5BB6\u5EAD\u4EBA\u5747\u6536\u5165\u9AD8\u4E8E\u4F4E\u4FDD\u6807\u51C6\uFF0C\u6216\u9886\u53D6\u4F4E\u4FDD\u7684\u6210\u5458\u90FD\u5DF2\u4EAB\u53D7\u7279\u56F0\u4F9B\u517B\uFF08\u7279\u56F0\u4F9B\u517B\u6807\u51C6\u9AD8\u4E8E\u4F4E\u4FDD\uFF0C\u4E0D\u518D\u540C\u65F6\u9886\u53D6\u4F4E\u4FDD\uFF09\u3002\u91D1\u989D\u7531\u7A97\u53E3\u6838\u5B9A"
      },
      amountNote: "\u6309\u4F4E\u4FDD\u6807\u51C6\u51CF\u53BB\u5BB6\u5EAD\u4EBA\u5747\u6708\u6536\u5165\u7684\u5DEE\u989D\uFF0C\u518D\u4E58\u4EE5\u5BB6\u5EAD\u4EBA\u53E3\u6570\u4F30\u7B97\uFF1B\u5DF2\u4EAB\u53D7\u7279\u56F0\u4F9B\u517B\u7684\u6210\u5458\u4E0D\u8BA1\u5165\uFF0C\u5355\u72EC\u7ACB\u6237\u7684\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u6309\u4F4E\u4FDD\u6807\u51C6\u5168\u989D\u8BA1\u7B97"
    },
    en: {
      name: "minimum living allowance (dibao)",
      summary: "Households whose per-capita income is below the local dibao standard receive the difference every month; an adult with a severe disability supported by parents or siblings can receive it in full as a household of their own. People supported as \u7279\u56F0 do not also receive dibao.",
      conditions: {
        already_holds: "already receives dibao",
        hukou_local: "hukou registered in Jiaozuo",
        resident_long_enough: "has lived in Jiaozuo for the required time (Jiaozuo pilots applying where you live)",
        income_below_standard: "per-capita monthly household income below the local dibao standard",
        severe_disability_own_household: "an adult with a severe (grade 1 or 2) disability supported by parents or brothers and sisters counts as a household of their own and receives dibao in full",
        resides_in_jiaozuo: "lives in Jiaozuo",
        single_person_severe_disability: "an adult member with a severe disability may apply for dibao alone: in a low-income family, a holder of a grade 1 or 2 certificate or of a grade 3 intellectual or mental one; in any family, an adult without work with a severe disability (as a one-person household, own income checked at the window)"
      },
      window: {
        assets: "savings, vehicles and property are checked at the window through the household-finances check",
        amount_review: "no dibao amount can be estimated from your answers: the income stated is above the dibao standard, or the members concerned are already supported as \u7279\u56F0 (whose standard is higher than dibao, and which is not paid together with it). The window decides the amount"
      },
      amountNote: "estimated as the dibao standard minus the per-capita monthly income, times the number of household members; members supported as \u7279\u56F0 are not counted, and a severely disabled adult treated as a household of their own counts at the full standard"
    }
  }
};

// rules/disability-care-subsidy.json
var disability_care_subsidy_default = {
  id: "disability-care-subsidy",
  tier: "B",
  scope: "member",
  effective: {
    from: "2022-10-26"
  },
  department: "civil_affairs",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "disability_certificate", "bank_account"],
  citation: {
    chapter: "\u7B2C\u4E8C\u7AE0",
    section: "\u7B2C\u4E09\u8282",
    lead: "\u533A\u57DF\u5E03\u5C40\u66F4\u4E3A\u5747\u8861",
    quote: "\u516C\u5171\u670D\u52A1\u8D44\u6E90\u5168\u9762\u5411\u5E38\u4F4F\u4EBA\u53E3\u6269\u9762\u3001\u5411\u57FA\u5C42\u5EF6\u4F38\u3001\u5411\u519C\u6751\u8986\u76D6\u3001\u5411\u751F\u6D3B\u56F0\u96BE\u7FA4\u4F17\u503E\u659C,\u516C\u5171\u670D\u52A1\u4EA7\u54C1\u66F4\u52A0\u65B9\u4FBF\u53EF\u53CA,\u7FA4\u4F17\u57FA\u672C\u6C11\u751F\u9700\u6C42\u5F97\u5230\u5145\u8DB3\u4FDD\u969C\u3002",
    also: [
      "\u300C\u5341\u56DB\u4E94\u300D\u793E\u4F1A\u9886\u57DF\u516C\u5171\u670D\u52A1\u53D1\u5C55\u6307\u6807 \u5F31\u6709\u6240\u6276",
      "\u8C6B\u653F\u30142016\u301560\u53F7\uFF08\u6CB3\u5357\u6B8B\u75BE\u4EBA\u4E24\u9879\u8865\u8D34\uFF0Cparameters.md \xA77\uFF09",
      "\u6CB3\u5357\u7701\u5B9E\u65BD\u300A\u6B8B\u75BE\u4EBA\u4FDD\u969C\u6CD5\u300B\u529E\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761\uFF08\u5BF9\u751F\u6D3B\u4E0D\u80FD\u81EA\u7406\u7684\u6B8B\u75BE\u4EBA\uFF0C\u5E94\u5F53\u7ED9\u4E88\u62A4\u7406\u8865\u8D34\uFF09",
      "\u6CB3\u5357\u7701\u5B9E\u65BD\u300A\u6B8B\u75BE\u4EBA\u4FDD\u969C\u6CD5\u300B\u529E\u6CD5 \u7B2C\u56DB\u5341\u6761\u7B2C\u4E8C\u6B3E\uFF08\u5BF9\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u62A4\u7406\u7ED9\u4E88\u8865\u8D34\uFF09"
    ]
  },
  amount: {
    period: "month",
    formula: {
      param: "disability.care_subsidy.monthly"
    }
  },
  verifiedAtWindow: ["long_term_care"],
  conditions: {
    all: [
      {
        name: "has_certificate",
        fact: "hasDisabilityCertificate",
        operator: "equal",
        value: true,
        basis: "\u8C6B\u653F\u30142016\u301560\u53F7\uFF08\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u62A4\u7406\u8865\u8D34\uFF1A\u6B8B\u75BE\u7B49\u7EA7\u4E00\u3001\u4E8C\u7EA7\u4E14\u9700\u8981\u957F\u671F\u7167\u62A4\uFF09\uFF0Cparameters.md \xA77\uFF08M\uFF09"
      },
      {
        name: "severe_grade",
        fact: "disabilityGrade",
        operator: "lessThanInclusive",
        value: {
          fact: "param:disability.severe.max_grade"
        },
        basis: "\u8C6B\u653F\u30142016\u301560\u53F7\uFF08\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u62A4\u7406\u8865\u8D34\uFF1A\u6B8B\u75BE\u7B49\u7EA7\u4E00\u3001\u4E8C\u7EA7\u4E14\u9700\u8981\u957F\u671F\u7167\u62A4\uFF09\uFF0Cparameters.md \xA77\uFF08M\uFF09\uFF1BGB/T 26341-2010\uFF08\u4E00\u3001\u4E8C\u7EA7\u4E3A\u91CD\u5EA6\uFF09"
      },
      {
        name: "needs_care",
        fact: "selfCare",
        operator: "in",
        value: ["partial", "dependent"],
        basis: "\u8C6B\u653F\u30142016\u301560\u53F7\uFF08\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u62A4\u7406\u8865\u8D34\uFF1A\u6B8B\u75BE\u7B49\u7EA7\u4E00\u3001\u4E8C\u7EA7\u4E14\u9700\u8981\u957F\u671F\u7167\u62A4\uFF09\uFF0Cparameters.md \xA77\uFF08M\uFF09\uFF1B\u6CB3\u5357\u7701\u5B9E\u65BD\u300A\u6B8B\u75BE\u4EBA\u4FDD\u969C\u6CD5\u300B\u529E\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761\uFF08\u5BF9\u751F\u6D3B\u4E0D\u80FD\u81EA\u7406\u7684\u6B8B\u75BE\u4EBA\uFF0C\u5E94\u5F53\u7ED9\u4E88\u62A4\u7406\u8865\u8D34\uFF09"
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u62A4\u7406\u8865\u8D34",
      summary: "\u6301\u6709\u4E00\u7EA7\u6216\u4E8C\u7EA7\u6B8B\u75BE\u4EBA\u8BC1\u3001\u9700\u8981\u957F\u671F\u7167\u62A4\u7684\u91CD\u5EA6\u6B8B\u75BE\u4EBA\uFF0C\u6BCF\u4EBA\u6BCF\u6708\u9886\u53D6\u62A4\u7406\u8865\u8D34\uFF0C\u4E0D\u8BBA\u5BB6\u5EAD\u6536\u5165\u3002",
      conditions: {
        has_certificate: "\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1",
        severe_grade: "\u6B8B\u75BE\u7B49\u7EA7\u4E3A\u4E00\u7EA7\u6216\u4E8C\u7EA7",
        needs_care: "\u751F\u6D3B\u4E0D\u80FD\u5B8C\u5168\u81EA\u7406\uFF0C\u9700\u8981\u957F\u671F\u7167\u62A4"
      },
      window: {
        long_term_care: "\u662F\u5426\u9700\u8981\u957F\u671F\u7167\u62A4\uFF0C\u7531\u7A97\u53E3\u7ED3\u5408\u6B8B\u75BE\u8BC4\u5B9A\u6838\u5B9E"
      },
      amountNote: "\u6CB3\u53572022\u5E74\u6807\u51C6\u6BCF\u4EBA\u6BCF\u670875\u5143\uFF0C\u6B64\u540E\u8C03\u6574\u672A\u6838\u5B9E"
    },
    en: {
      name: "care subsidy for severely disabled people",
      summary: "People with a grade 1 or 2 disability certificate who need long-term care receive a monthly care subsidy, whatever the household's income.",
      conditions: {
        has_certificate: "holds a disability certificate",
        severe_grade: "disability of grade 1 or 2",
        needs_care: "cannot fully look after themselves and needs long-term care"
      },
      window: {
        long_term_care: "whether long-term care is needed is checked at the window with the disability assessment"
      },
      amountNote: "75 yuan per person per month in Henan from 2022; later changes not verified"
    }
  }
};

// rules/disability-living-subsidy.json
var disability_living_subsidy_default = {
  id: "disability-living-subsidy",
  tier: "B",
  scope: "member",
  effective: {
    from: "2022-10-26"
  },
  department: "civil_affairs",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "disability_certificate", "dibao_certificate", "bank_account"],
  citation: {
    chapter: "\u7B2C\u4E8C\u7AE0",
    section: "\u7B2C\u4E09\u8282",
    lead: "\u533A\u57DF\u5E03\u5C40\u66F4\u4E3A\u5747\u8861",
    quote: "\u516C\u5171\u670D\u52A1\u8D44\u6E90\u5168\u9762\u5411\u5E38\u4F4F\u4EBA\u53E3\u6269\u9762\u3001\u5411\u57FA\u5C42\u5EF6\u4F38\u3001\u5411\u519C\u6751\u8986\u76D6\u3001\u5411\u751F\u6D3B\u56F0\u96BE\u7FA4\u4F17\u503E\u659C,\u516C\u5171\u670D\u52A1\u4EA7\u54C1\u66F4\u52A0\u65B9\u4FBF\u53EF\u53CA,\u7FA4\u4F17\u57FA\u672C\u6C11\u751F\u9700\u6C42\u5F97\u5230\u5145\u8DB3\u4FDD\u969C\u3002",
    also: [
      "\u300C\u5341\u56DB\u4E94\u300D\u793E\u4F1A\u9886\u57DF\u516C\u5171\u670D\u52A1\u53D1\u5C55\u6307\u6807 \u5F31\u6709\u6240\u6276",
      "\u8C6B\u653F\u30142016\u301560\u53F7\uFF08\u6CB3\u5357\u6B8B\u75BE\u4EBA\u4E24\u9879\u8865\u8D34\uFF0Cparameters.md \xA77\uFF09",
      "\u6CB3\u5357\u7701\u5B9E\u65BD\u300A\u6B8B\u75BE\u4EBA\u4FDD\u969C\u6CD5\u300B\u529E\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761\uFF08\u7B26\u5408\u4F4E\u4FDD\u6761\u4EF6\u7684\u6B8B\u75BE\u4EBA\u5168\u90E8\u7EB3\u5165\u4F4E\u4FDD\uFF09",
      "\u5173\u4E8E\u8FDB\u4E00\u6B65\u52A0\u5F3A\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u4FDD\u969C\u5DE5\u4F5C\u7684\u610F\u89C1 \u4E09(\u4E00)\uFF08\u5168\u989D\u9886\u53D6\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u57FA\u672C\u751F\u6D3B\u8865\u8D34\u7684\uFF0C\u4E0D\u518D\u9886\u53D6\u56F0\u96BE\u6B8B\u75BE\u4EBA\u751F\u6D3B\u8865\u8D34\uFF09"
    ]
  },
  amount: {
    period: "month",
    formula: {
      param: "disability.living_subsidy.monthly"
    }
  },
  verifiedAtWindow: ["other_allowances"],
  conditions: {
    all: [
      {
        name: "has_certificate",
        fact: "hasDisabilityCertificate",
        operator: "equal",
        value: true,
        basis: "\u8C6B\u653F\u30142016\u301560\u53F7\uFF08\u56F0\u96BE\u6B8B\u75BE\u4EBA\u751F\u6D3B\u8865\u8D34\uFF1A\u4F4E\u4FDD\u5BB6\u5EAD\u4E2D\u7684\u6B8B\u75BE\u4EBA\uFF09\uFF0Cparameters.md \xA77\uFF08M\uFF09\uFF1B\u6301\u7B2C\u4E8C\u4EE3\u6B8B\u75BE\u4EBA\u8BC1\uFF08\u6CB3\u5357\u7701\u5B9E\u65BD\u300A\u6B8B\u75BE\u4EBA\u4FDD\u969C\u6CD5\u300B\u529E\u6CD5\uFF09"
      },
      {
        name: "holds_dibao",
        fact: "holdsDibao",
        operator: "equal",
        value: true,
        basis: "\u8C6B\u653F\u30142016\u301560\u53F7\uFF08\u56F0\u96BE\u6B8B\u75BE\u4EBA\u751F\u6D3B\u8865\u8D34\uFF1A\u4F4E\u4FDD\u5BB6\u5EAD\u4E2D\u7684\u6B8B\u75BE\u4EBA\uFF09\uFF0Cparameters.md \xA77\uFF08M\uFF09"
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u56F0\u96BE\u6B8B\u75BE\u4EBA\u751F\u6D3B\u8865\u8D34",
      summary: "\u4F4E\u4FDD\u5BB6\u5EAD\u4E2D\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1\u7684\u6B8B\u75BE\u4EBA\uFF0C\u6BCF\u4EBA\u6BCF\u6708\u9886\u53D6\u56F0\u96BE\u6B8B\u75BE\u4EBA\u751F\u6D3B\u8865\u8D34\u3002",
      conditions: {
        has_certificate: "\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1",
        holds_dibao: "\u5BB6\u5EAD\u5DF2\u4EAB\u53D7\u4F4E\u4FDD"
      },
      window: {
        other_allowances: "\u5DF2\u5168\u989D\u9886\u53D6\u5B64\u513F\u6216\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u57FA\u672C\u751F\u6D3B\u8865\u8D34\u7684\u513F\u7AE5\u4E0D\u518D\u9886\u53D6\u672C\u8865\u8D34\uFF0C\u7531\u7A97\u53E3\u6838\u5BF9"
      },
      amountNote: "\u6CB3\u53572022\u5E74\u6807\u51C6\u6BCF\u4EBA\u6BCF\u670875\u5143\uFF0C\u6B64\u540E\u8C03\u6574\u672A\u6838\u5B9E"
    },
    en: {
      name: "living subsidy for disabled people in hardship",
      summary: "Disabled people holding a disability certificate in dibao households receive a monthly living subsidy.",
      conditions: {
        has_certificate: "holds a disability certificate",
        holds_dibao: "the household receives dibao"
      },
      window: {
        other_allowances: "a child paid the full orphan or de-facto-unsupported child allowance does not also get this subsidy; the window checks"
      },
      amountNote: "75 yuan per person per month in Henan from 2022; later changes not verified"
    }
  }
};

// rules/elder-care-subsidy.json
var elder_care_subsidy_default = {
  id: "elder-care-subsidy",
  tier: "B",
  scope: "member",
  effective: {
    from: "2022-10-26"
  },
  department: "civil_affairs",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "dibao_certificate", "income_proof", "bank_account"],
  citation: {
    chapter: "\u7B2C\u4E03\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u63D0\u9AD8\u517B\u8001\u4FDD\u969C\u80FD\u529B",
    quote: "\u63A2\u7D22\u5EFA\u7ACB\u957F\u671F\u62A4\u7406\u4FDD\u9669\u5236\u5EA6,\u5EFA\u7ACB\u5065\u5168\u9AD8\u9F84\u8001\u5E74\u4EBA\u3001\u7279\u56F0\u4EBA\u5458\u4F9B\u517B\u3001\u7ECF\u6D4E\u56F0\u96BE\u5931\u80FD\u8001\u5E74\u4EBA\u8865\u8D34\u5236\u5EA6\u3002",
    also: [
      "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u5BF9\u751F\u6D3B\u957F\u671F\u4E0D\u80FD\u81EA\u7406\u3001\u7ECF\u6D4E\u56F0\u96BE\u7684\u8001\u5E74\u4EBA\uFF0C\u5E94\u5F53\u6839\u636E\u5176\u5931\u80FD\u7A0B\u5EA6\u7B49\u60C5\u51B5\u7ED9\u4E88\u62A4\u7406\u8865\u8D34\uFF09",
      "\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6CD5 \u7B2C\u4E09\u5341\u6761\u7B2C\u4E8C\u6B3E",
      "parameters.md \xA75, \xA710.4\uFF08\u8865\u8D34\u6807\u51C6\u672A\u6838\u5B9E\uFF09"
    ]
  },
  verifiedAtWindow: ["care_assessment"],
  conditions: {
    all: [
      {
        name: "elderly",
        fact: "age",
        operator: "greaterThanInclusive",
        value: {
          fact: "param:elderly.min_age"
        },
        basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u6761\uFF08\u8001\u5E74\u4EBA\u662F\u6307\u516D\u5341\u5468\u5C81\u4EE5\u4E0A\u7684\u516C\u6C11\uFF09"
      },
      {
        name: "cannot_care_for_self",
        fact: "selfCare",
        operator: "in",
        value: ["partial", "dependent"],
        basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u5BF9\u751F\u6D3B\u957F\u671F\u4E0D\u80FD\u81EA\u7406\u3001\u7ECF\u6D4E\u56F0\u96BE\u7684\u8001\u5E74\u4EBA\uFF0C\u5E94\u5F53\u6839\u636E\u5176\u5931\u80FD\u7A0B\u5EA6\u7B49\u60C5\u51B5\u7ED9\u4E88\u62A4\u7406\u8865\u8D34\uFF09\uFF08\u6309\u5931\u80FD\u7A0B\u5EA6\uFF1A\u534A\u5931\u80FD\u3001\u5931\u80FD\uFF09"
      },
      {
        any: [
          {
            name: "holds_dibao",
            fact: "holdsDibao",
            operator: "equal",
            value: true,
            basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u5BF9\u751F\u6D3B\u957F\u671F\u4E0D\u80FD\u81EA\u7406\u3001\u7ECF\u6D4E\u56F0\u96BE\u7684\u8001\u5E74\u4EBA\uFF0C\u5E94\u5F53\u6839\u636E\u5176\u5931\u80FD\u7A0B\u5EA6\u7B49\u60C5\u51B5\u7ED9\u4E88\u62A4\u7406\u8865\u8D34\uFF09\uFF1B\u201C\u7ECF\u6D4E\u56F0\u96BE\u201D\u6761\u6587\u672A\u754C\u5B9A\uFF0C\u6309\u4F4E\u4FDD\u3001\u4F4E\u4FDD\u8FB9\u7F18\uFF08parameters.md \xA72\uFF09\u548C\u7279\u56F0\uFF08\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u56DB\u6761\uFF09\u8BA4\u5B9A"
          },
          {
            name: "holds_low_income",
            fact: "holdsLowIncome",
            operator: "equal",
            value: true,
            basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u5BF9\u751F\u6D3B\u957F\u671F\u4E0D\u80FD\u81EA\u7406\u3001\u7ECF\u6D4E\u56F0\u96BE\u7684\u8001\u5E74\u4EBA\uFF0C\u5E94\u5F53\u6839\u636E\u5176\u5931\u80FD\u7A0B\u5EA6\u7B49\u60C5\u51B5\u7ED9\u4E88\u62A4\u7406\u8865\u8D34\uFF09\uFF1B\u201C\u7ECF\u6D4E\u56F0\u96BE\u201D\u6761\u6587\u672A\u754C\u5B9A\uFF0C\u6309\u4F4E\u4FDD\u3001\u4F4E\u4FDD\u8FB9\u7F18\uFF08parameters.md \xA72\uFF09\u548C\u7279\u56F0\uFF08\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u56DB\u6761\uFF09\u8BA4\u5B9A"
          },
          {
            name: "holds_tekun",
            fact: "holdsTekun",
            operator: "equal",
            value: true,
            basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u5BF9\u751F\u6D3B\u957F\u671F\u4E0D\u80FD\u81EA\u7406\u3001\u7ECF\u6D4E\u56F0\u96BE\u7684\u8001\u5E74\u4EBA\uFF0C\u5E94\u5F53\u6839\u636E\u5176\u5931\u80FD\u7A0B\u5EA6\u7B49\u60C5\u51B5\u7ED9\u4E88\u62A4\u7406\u8865\u8D34\uFF09\uFF1B\u201C\u7ECF\u6D4E\u56F0\u96BE\u201D\u6761\u6587\u672A\u754C\u5B9A\uFF0C\u6309\u4F4E\u4FDD\u3001\u4F4E\u4FDD\u8FB9\u7F18\uFF08parameters.md \xA72\uFF09\u548C\u7279\u56F0\uFF08\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u56DB\u6761\uFF09\u8BA4\u5B9A"
          },
          {
            all: [
              {
                name: "income_below_low_income_line",
                fact: "incomePerCapitaMonthly",
                operator: "lessThan",
                value: {
                  fact: "lowIncomeLineMonthly"
                },
                basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u5BF9\u751F\u6D3B\u957F\u671F\u4E0D\u80FD\u81EA\u7406\u3001\u7ECF\u6D4E\u56F0\u96BE\u7684\u8001\u5E74\u4EBA\uFF0C\u5E94\u5F53\u6839\u636E\u5176\u5931\u80FD\u7A0B\u5EA6\u7B49\u60C5\u51B5\u7ED9\u4E88\u62A4\u7406\u8865\u8D34\uFF09\uFF1B\u201C\u7ECF\u6D4E\u56F0\u96BE\u201D\u6761\u6587\u672A\u754C\u5B9A\uFF0C\u6309\u4F4E\u4FDD\u3001\u4F4E\u4FDD\u8FB9\u7F18\uFF08parameters.md \xA72\uFF09\u548C\u7279\u56F0\uFF08\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u56DB\u6761\uFF09\u8BA4\u5B9A\uFF1B\u4F4E\u4FDD\u8FB9\u7F18\u6536\u5165\u7EBF\uFF1Aparameters.md \xA72\uFF08\u4F4E\u4FDD\u6807\u51C6\u76841.5\u500D\uFF09"
              },
              {
                name: "economic_difficulty_confirmed",
                fact: "checkedAtWindow",
                operator: "equal",
                value: true,
                basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u5BF9\u751F\u6D3B\u957F\u671F\u4E0D\u80FD\u81EA\u7406\u3001\u7ECF\u6D4E\u56F0\u96BE\u7684\u8001\u5E74\u4EBA\uFF0C\u5E94\u5F53\u6839\u636E\u5176\u5931\u80FD\u7A0B\u5EA6\u7B49\u60C5\u51B5\u7ED9\u4E88\u62A4\u7406\u8865\u8D34\uFF09\uFF1B\u672A\u53D6\u5F97\u4F4E\u4FDD\u3001\u4F4E\u4FDD\u8FB9\u7F18\u3001\u7279\u56F0\u8EAB\u4EFD\u7684\u5BB6\u5EAD\u662F\u5426\u5C5E\u4E8E\u7ECF\u6D4E\u56F0\u96BE\uFF0C\u7531\u7A97\u53E3\u6309\u5F53\u5730\u529E\u6CD5\u8BA4\u5B9A\uFF08\u7126\u4F5C\u529E\u6CD5\u672A\u516C\u5E03\uFF0Cparameters.md \xA710.4\uFF09"
              }
            ]
          },
          {
            all: [
              {
                name: "hardship_event",
                fact: "hardshipEvent",
                operator: "equal",
                value: true,
                basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u5BF9\u751F\u6D3B\u957F\u671F\u4E0D\u80FD\u81EA\u7406\u3001\u7ECF\u6D4E\u56F0\u96BE\u7684\u8001\u5E74\u4EBA\uFF0C\u5E94\u5F53\u6839\u636E\u5176\u5931\u80FD\u7A0B\u5EA6\u7B49\u60C5\u51B5\u7ED9\u4E88\u62A4\u7406\u8865\u8D34\uFF09\uFF1B\u56E0\u75C5\u3001\u56E0\u707E\u3001\u56E0\u610F\u5916\u9677\u5165\u56F0\u96BE\uFF08\u652F\u51FA\u578B\u56F0\u96BE\uFF0C\u5173\u4E8E\u8FDB\u4E00\u6B65\u52A0\u5F3A\u548C\u6539\u8FDB\u4E34\u65F6\u6551\u52A9\u5DE5\u4F5C\u7684\u610F\u89C1 \u4E8C(\u4E00)\uFF09"
              },
              {
                name: "hardship_confirmed",
                fact: "checkedAtWindow",
                operator: "equal",
                value: true,
                basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u5BF9\u751F\u6D3B\u957F\u671F\u4E0D\u80FD\u81EA\u7406\u3001\u7ECF\u6D4E\u56F0\u96BE\u7684\u8001\u5E74\u4EBA\uFF0C\u5E94\u5F53\u6839\u636E\u5176\u5931\u80FD\u7A0B\u5EA6\u7B49\u60C5\u51B5\u7ED9\u4E88\u62A4\u7406\u8865\u8D34\uFF09\uFF1B\u56E0\u75C5\u7B49\u652F\u51FA\u578B\u56F0\u96BE\u662F\u5426\u5C5E\u4E8E\u7ECF\u6D4E\u56F0\u96BE\uFF0C\u7531\u7A97\u53E3\u6309\u5F53\u5730\u529E\u6CD5\u8BA4\u5B9A\uFF08\u7126\u4F5C\u529E\u6CD5\u672A\u516C\u5E03\uFF0Cparameters.md \xA710.4\uFF09"
              }
            ]
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u7ECF\u6D4E\u56F0\u96BE\u5931\u80FD\u8001\u5E74\u4EBA\u62A4\u7406\u8865\u8D34",
      summary: "60\u5468\u5C81\u4EE5\u4E0A\u3001\u751F\u6D3B\u957F\u671F\u4E0D\u80FD\u81EA\u7406\uFF08\u5931\u80FD\u6216\u534A\u5931\u80FD\uFF09\u4E14\u7ECF\u6D4E\u56F0\u96BE\u7684\u8001\u5E74\u4EBA\uFF0C\u6309\u5931\u80FD\u7A0B\u5EA6\u9886\u53D6\u62A4\u7406\u8865\u8D34\u3002\u8865\u8D34\u6807\u51C6\u5C1A\u672A\u6838\u5B9E\uFF0C\u4EE5\u7A97\u53E3\u7B54\u590D\u4E3A\u51C6\u3002",
      conditions: {
        elderly: "\u5E74\u6EE160\u5468\u5C81",
        cannot_care_for_self: "\u751F\u6D3B\u4E0D\u80FD\u81EA\u7406\uFF08\u5931\u80FD\u6216\u534A\u5931\u80FD\uFF09",
        holds_dibao: "\u5BB6\u5EAD\u5DF2\u4EAB\u53D7\u4F4E\u4FDD",
        holds_low_income: "\u5DF2\u8BA4\u5B9A\u4E3A\u4F4E\u4FDD\u8FB9\u7F18\uFF08\u4F4E\u6536\u5165\uFF09\u5BB6\u5EAD",
        holds_tekun: "\u672C\u4EBA\u662F\u7279\u56F0\u4F9B\u517B\u4EBA\u5458",
        income_below_low_income_line: "\u5BB6\u5EAD\u4EBA\u5747\u6708\u6536\u5165\u4F4E\u4E8E\u4F4E\u4FDD\u8FB9\u7F18\u6536\u5165\u7EBF",
        economic_difficulty_confirmed: "\u662F\u5426\u5C5E\u4E8E\u7ECF\u6D4E\u56F0\u96BE\uFF0C\u7531\u6C11\u653F\u90E8\u95E8\u6309\u5F53\u5730\u529E\u6CD5\u8BA4\u5B9A",
        hardship_event: "\u5BB6\u5EAD\u8FD1\u671F\u56E0\u75C5\u3001\u56E0\u707E\u6216\u56E0\u610F\u5916\u9677\u5165\u56F0\u96BE",
        hardship_confirmed: "\u56E0\u75C5\u7B49\u652F\u51FA\u56F0\u96BE\u662F\u5426\u5C5E\u4E8E\u7ECF\u6D4E\u56F0\u96BE\uFF0C\u7531\u6C11\u653F\u90E8\u95E8\u8BA4\u5B9A"
      },
      window: {
        care_assessment: "\u662F\u5426\u957F\u671F\u4E0D\u80FD\u81EA\u7406\u53CA\u5931\u80FD\u7B49\u7EA7\uFF0C\u7531\u6C11\u653F\u90E8\u95E8\u7EC4\u7EC7\u8BC4\u4F30"
      },
      amountNote: "\u6309\u5931\u80FD\u7A0B\u5EA6\u5206\u6863\u53D1\u653E\uFF0C\u6CB3\u5357\u3001\u7126\u4F5C\u6807\u51C6\u5C1A\u672A\u6838\u5B9E\uFF0C\u4EE5\u7A97\u53E3\u7B54\u590D\u4E3A\u51C6"
    },
    en: {
      name: "care subsidy for economically difficult disabled elderly",
      summary: "People aged 60 or over who have long been unable to look after themselves (fully or partly) and are in economic difficulty receive a care subsidy graded by how much care they need. The rates are not verified; the window confirms them.",
      conditions: {
        elderly: "aged 60 or over",
        cannot_care_for_self: "cannot look after themselves, fully or partly",
        holds_dibao: "the household receives dibao",
        holds_low_income: "recognised as a low-income (\u4F4E\u4FDD\u8FB9\u7F18) household",
        holds_tekun: "receives extreme-poverty (\u7279\u56F0) support",
        income_below_low_income_line: "per-capita monthly income below the low-income line",
        economic_difficulty_confirmed: "whether the household counts as in economic difficulty is decided by the civil-affairs office under the local rules",
        hardship_event: "the household fell into hardship recently through illness, disaster or an accident",
        hardship_confirmed: "whether hardship from illness or similar costs counts as economic difficulty is decided by the civil-affairs office"
      },
      window: {
        care_assessment: "the civil-affairs office assesses whether the person has long been unable to look after themselves, and how far"
      },
      amountNote: "graded by the degree of dependence; the Henan and Jiaozuo rates are not verified and are confirmed at the window"
    }
  }
};

// rules/elder-health-check.json
var elder_health_check_default = {
  id: "elder-health-check",
  tier: "A",
  scope: "member",
  effective: { from: "2019-01-01" },
  department: "primary_health",
  documents: ["resident_id_card"],
  citation: {
    chapter: "\u7B2C\u4E03\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u63D0\u9AD8\u517B\u8001\u4FDD\u969C\u80FD\u529B",
    quote: "\u6301\u7EED\u5B9E\u65BD\u56FD\u5BB6\u57FA\u672C\u516C\u5171\u536B\u751F\u670D\u52A1\u9879\u76EE,\u4E3A65\u5C81\u4EE5\u4E0A\u8001\u5E74\u4EBA\u63D0\u4F9B\u5065\u5EB7\u7BA1\u7406\u548C\u5065\u5EB7\u4F53\u68C0\u514D\u8D39\u670D\u52A1\u3002",
    also: ["\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u56DB\u5341\u4E03\u6761\uFF08\u4E3A\u516D\u5341\u4E94\u5468\u5C81\u4EE5\u4E0A\u5E38\u4F4F\u8001\u5E74\u4EBA\u6BCF\u5E74\u8FDB\u884C\u4E00\u6B21\u514D\u8D39\u5E38\u89C4\u4F53\u68C0\uFF09\u3001\u7B2C\u516D\u5341\u6761\uFF08\u81EA2019\u5E741\u67081\u65E5\u8D77\u65BD\u884C\uFF09"]
  },
  conditions: {
    all: [
      {
        name: "resides_in_jiaozuo",
        basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u56DB\u5341\u4E03\u6761\u7B2C\u4E8C\u6B3E\uFF08\u5E38\u4F4F\u8001\u5E74\u4EBA\uFF09",
        fact: "residesInJiaozuo",
        operator: "equal",
        value: true
      },
      {
        name: "age_at_least",
        basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u56DB\u5341\u4E03\u6761\u7B2C\u4E8C\u6B3E\uFF08\u516D\u5341\u4E94\u5468\u5C81\u4EE5\u4E0A\uFF09\uFF1B\u89C4\u5212 \u7B2C\u4E03\u7AE0\u7B2C\u4E00\u8282",
        fact: "age",
        operator: "greaterThanInclusive",
        value: { fact: "param:elder_health_check.min_age" }
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "65\u5C81\u4EE5\u4E0A\u8001\u5E74\u4EBA\u514D\u8D39\u5065\u5EB7\u4F53\u68C0",
      summary: "65\u5468\u5C81\u4EE5\u4E0A\u5E38\u4F4F\u8001\u5E74\u4EBA\u6BCF\u5E74\u53EF\u5728\u4E61\u9547\u536B\u751F\u9662\u6216\u793E\u533A\u536B\u751F\u670D\u52A1\u4E2D\u5FC3\u514D\u8D39\u505A\u4E00\u6B21\u5065\u5EB7\u4F53\u68C0\uFF0C\u5E76\u5EFA\u7ACB\u5065\u5EB7\u6863\u6848\u3002",
      conditions: { age_at_least: "\u5E74\u6EE165\u5468\u5C81", resides_in_jiaozuo: "\u5E38\u4F4F\u7126\u4F5C\uFF08\u4E0D\u8BBA\u6237\u7C4D\uFF09" }
    },
    en: {
      name: "free annual health check, age 65+",
      summary: "Residents aged 65 or over get one free health check a year at their township health centre or community health service centre, with a health record.",
      conditions: { age_at_least: "aged 65 or over", resides_in_jiaozuo: "lives in Jiaozuo (whatever the hukou)" }
    }
  }
};

// rules/elder-home-adaptation.json
var elder_home_adaptation_default = {
  id: "elder-home-adaptation",
  tier: "B",
  scope: "member",
  effective: {
    from: "2022-10-26"
  },
  department: "civil_affairs",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "dibao_certificate"],
  citation: {
    chapter: "\u7B2C\u4E03\u7AE0",
    section: "\u7B2C\u4E8C\u8282",
    lead: "\u5F3A\u5316\u5C45\u5BB6\u793E\u533A\u670D\u52A1",
    quote: "\u5F00\u5C55\u56F0\u96BE\u8001\u5E74\u4EBA\u5BB6\u5EAD\u9002\u8001\u5316\u6539\u9020,\u5DE9\u56FA\u5BB6\u5EAD\u517B\u8001\u57FA\u7840\u5730\u4F4D\u3002",
    also: [
      "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E94\u5341\u4E00\u6761\u7B2C\u4E8C\u6B3E\uFF08\u63A8\u52A8\u548C\u6276\u6301\u8001\u5E74\u4EBA\u5BB6\u5EAD\u65E0\u969C\u788D\u8BBE\u65BD\u6539\u9020\uFF09",
      "\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6CD5 \u7B2C\u516D\u5341\u4E94\u6761",
      "parameters.md \xA75, \xA710.4\uFF08\u6BCF\u6237\u6539\u9020\u6807\u51C6\u672A\u6838\u5B9E\uFF09"
    ]
  },
  verifiedAtWindow: ["home_survey"],
  conditions: {
    all: [
      {
        name: "elderly",
        fact: "age",
        operator: "greaterThanInclusive",
        value: {
          fact: "param:elderly.min_age"
        },
        basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u6761\uFF08\u8001\u5E74\u4EBA\u662F\u6307\u516D\u5341\u5468\u5C81\u4EE5\u4E0A\u7684\u516C\u6C11\uFF09\uFF1B\u89C4\u5212 \u7B2C\u4E03\u7AE0 \u7B2C\u4E8C\u8282\u300C\u5F3A\u5316\u5C45\u5BB6\u793E\u533A\u670D\u52A1\u300D\uFF08\u5F00\u5C55\u56F0\u96BE\u8001\u5E74\u4EBA\u5BB6\u5EAD\u9002\u8001\u5316\u6539\u9020\uFF09\uFF1Bparameters.md \xA75\uFF08\u56F0\u96BE\u8001\u5E74\u4EBA\u5BB6\u5EAD\uFF1A\u4F4E\u4FDD\u3001\u4F4E\u4FDD\u8FB9\u7F18\u3001\u7279\u56F0\uFF09"
      },
      {
        any: [
          {
            name: "holds_dibao",
            fact: "holdsDibao",
            operator: "equal",
            value: true,
            basis: "\u89C4\u5212 \u7B2C\u4E03\u7AE0 \u7B2C\u4E8C\u8282\u300C\u5F3A\u5316\u5C45\u5BB6\u793E\u533A\u670D\u52A1\u300D\uFF08\u5F00\u5C55\u56F0\u96BE\u8001\u5E74\u4EBA\u5BB6\u5EAD\u9002\u8001\u5316\u6539\u9020\uFF09\uFF1Bparameters.md \xA75\uFF08\u56F0\u96BE\u8001\u5E74\u4EBA\u5BB6\u5EAD\uFF1A\u4F4E\u4FDD\u3001\u4F4E\u4FDD\u8FB9\u7F18\u3001\u7279\u56F0\uFF09"
          },
          {
            name: "holds_low_income",
            fact: "holdsLowIncome",
            operator: "equal",
            value: true,
            basis: "\u89C4\u5212 \u7B2C\u4E03\u7AE0 \u7B2C\u4E8C\u8282\u300C\u5F3A\u5316\u5C45\u5BB6\u793E\u533A\u670D\u52A1\u300D\uFF08\u5F00\u5C55\u56F0\u96BE\u8001\u5E74\u4EBA\u5BB6\u5EAD\u9002\u8001\u5316\u6539\u9020\uFF09\uFF1Bparameters.md \xA75\uFF08\u56F0\u96BE\u8001\u5E74\u4EBA\u5BB6\u5EAD\uFF1A\u4F4E\u4FDD\u3001\u4F4E\u4FDD\u8FB9\u7F18\u3001\u7279\u56F0\uFF09"
          },
          {
            name: "holds_tekun",
            fact: "householdHoldsTekun",
            operator: "equal",
            value: true,
            basis: "\u89C4\u5212 \u7B2C\u4E03\u7AE0 \u7B2C\u4E8C\u8282\u300C\u5F3A\u5316\u5C45\u5BB6\u793E\u533A\u670D\u52A1\u300D\uFF08\u5F00\u5C55\u56F0\u96BE\u8001\u5E74\u4EBA\u5BB6\u5EAD\u9002\u8001\u5316\u6539\u9020\uFF09\uFF1Bparameters.md \xA75\uFF08\u56F0\u96BE\u8001\u5E74\u4EBA\u5BB6\u5EAD\uFF1A\u4F4E\u4FDD\u3001\u4F4E\u4FDD\u8FB9\u7F18\u3001\u7279\u56F0\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u56DB\u6761"
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u56F0\u96BE\u8001\u5E74\u4EBA\u5BB6\u5EAD\u9002\u8001\u5316\u6539\u9020",
      summary: "\u4F4E\u4FDD\u3001\u4F4E\u4FDD\u8FB9\u7F18\uFF08\u4F4E\u6536\u5165\uFF09\u6216\u6709\u7279\u56F0\u4EBA\u5458\u7684\u5BB6\u5EAD\u4E2D\u768460\u5468\u5C81\u4EE5\u4E0A\u8001\u5E74\u4EBA\uFF0C\u53EF\u7533\u8BF7\u5C45\u5BB6\u9002\u8001\u5316\u6539\u9020\uFF0C\u5982\u52A0\u88C5\u6276\u624B\u3001\u9632\u6ED1\u5904\u7406\u3001\u5761\u9053\u548C\u5982\u5395\u6D17\u6D74\u8F85\u52A9\u8BBE\u65BD\u7B49\u3002",
      conditions: {
        elderly: "\u5E74\u6EE160\u5468\u5C81",
        holds_dibao: "\u5BB6\u5EAD\u5DF2\u4EAB\u53D7\u4F4E\u4FDD",
        holds_low_income: "\u5DF2\u8BA4\u5B9A\u4E3A\u4F4E\u4FDD\u8FB9\u7F18\uFF08\u4F4E\u6536\u5165\uFF09\u5BB6\u5EAD",
        holds_tekun: "\u5BB6\u4E2D\u6709\u7279\u56F0\u4F9B\u517B\u4EBA\u5458"
      },
      window: {
        home_survey: "\u6539\u9020\u9879\u76EE\u548C\u6BCF\u6237\u6807\u51C6\u7531\u6C11\u653F\u90E8\u95E8\u4E0A\u95E8\u8BC4\u4F30\u540E\u786E\u5B9A\uFF08\u7126\u4F5C\u6807\u51C6\u672A\u516C\u5E03\uFF09"
      }
    },
    en: {
      name: "home adaptation for elderly households in hardship",
      summary: "People aged 60 or over in households on dibao, recognised as low-income (\u4F4E\u4FDD\u8FB9\u7F18), or with a member in extreme poverty (\u7279\u56F0) can have their home adapted for old age: grab bars, non-slip floors, ramps, toilet and bathing aids and the like.",
      conditions: {
        elderly: "aged 60 or over",
        holds_dibao: "the household receives dibao",
        holds_low_income: "recognised as a low-income (\u4F4E\u4FDD\u8FB9\u7F18) household",
        holds_tekun: "a member receives extreme-poverty (\u7279\u56F0) support"
      },
      window: {
        home_survey: "the civil-affairs office visits the home to decide the work and the budget per household (Jiaozuo's standard is not published)"
      }
    }
  }
};

// rules/employment-assistance.json
var employment_assistance_default = {
  id: "employment-assistance",
  tier: "B",
  scope: "member",
  effective: {
    from: "2009-05-01"
  },
  department: "human_resources",
  documents: ["resident_id_card", "hukou_booklet", "unemployment_registration"],
  citation: {
    chapter: "\u7B2C\u4E94\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u5065\u5168\u5C31\u4E1A\u670D\u52A1\u4F53\u7CFB",
    quote: "\u5EFA\u7ACB\u5C31\u4E1A\u63F4\u52A9\u957F\u6548\u673A\u5236,\u52A8\u6001\u8C03\u6574\u5C31\u4E1A\u56F0\u96BE\u4EBA\u5458\u8BA4\u5B9A\u6807\u51C6,\u6301\u7EED\u5F00\u5C55\u5C31\u4E1A\u63F4\u52A9\u5E2E\u6276,\u5BF9\u7B26\u5408\u6761\u4EF6\u7684\u5C31\u4E1A\u56F0\u96BE\u4EBA\u5458,\u901A\u8FC7\u516C\u76CA\u6027\u5C97\u4F4D\u6258\u5E95\u5B89\u7F6E,\u786E\u4FDD\u96F6\u5C31\u4E1A\u5BB6\u5EAD\u52A8\u6001\u6E05\u96F6\u3002",
    also: ["\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\u81F3\u7B2C\u56DB\u5341\u516D\u6761\uFF08\u81EA2009\u5E745\u67081\u65E5\u8D77\u65BD\u884C\uFF0C\u7B2C\u516D\u5341\u6761\uFF09", "\u5C31\u4E1A\u4FC3\u8FDB\u6CD5 \u7B2C\u4E94\u5341\u4E8C\u6761\u81F3\u7B2C\u4E94\u5341\u56DB\u6761"]
  },
  verifiedAtWindow: ["recognition"],
  conditions: {
    all: [
      {
        name: "resides_in_jiaozuo",
        fact: "residesInJiaozuo",
        operator: "equal",
        value: true,
        basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u56DB\u6761\uFF08\u5411\u6240\u5728\u5730\u8857\u9053\u3001\u793E\u533A\u3001\u4E61\uFF08\u9547\uFF09\u7684\u516C\u5171\u5C31\u4E1A\u670D\u52A1\u673A\u6784\u7533\u8BF7\uFF09"
      },
      {
        name: "working_age_min",
        fact: "age",
        operator: "greaterThanInclusive",
        value: {
          fact: "param:employment.working_age.min"
        },
        basis: "\u52B3\u52A8\u6CD5 \u7B2C\u5341\u4E94\u6761 (no employment under 16; employment.working_age.min); \u6CB3\u5357\u7701\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u6761\u4F8B (\u4E0D\u6EE1\u5341\u516D\u5468\u5C81\u7684\u672A\u6210\u5E74\u4EBA\u52A1\u5DE5 is forbidden)"
      },
      {
        name: "working_age_max",
        fact: "age",
        operator: "lessThanInclusive",
        value: {
          fact: "param:employment.working_age.max"
        },
        basis: "parameters.md \xA79 (HN-Emp \u7B2C\u56DB\u5341\u4E09\u6761 \u5C31\u4E1A\u56F0\u96BE\u4EBA\u5458 before retirement); \u5360\u4F4D\u53C2\u6570 employment.working_age.max\uFF08UNVERIFIED\uFF09 (retirement age 60)"
      },
      {
        name: "wants_work",
        fact: "seekingWork",
        operator: "equal",
        value: true,
        basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u6709\u5C31\u4E1A\u613F\u671B\u548C\u5C31\u4E1A\u80FD\u529B\u7684\u5C31\u4E1A\u56F0\u96BE\u4EBA\u5458\uFF09"
      },
      {
        name: "not_in_work",
        fact: "employment",
        operator: "in",
        value: ["unemployed", "other"],
        basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u5931\u4E1A\u3001\u767B\u8BB0\u5931\u4E1A\u4EBA\u5458\uFF09"
      },
      {
        any: [
          {
            all: [
              {
                name: "zero_employment_urban",
                fact: "hukouType",
                operator: "equal",
                value: "urban",
                basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u4E00\uFF09\u57CE\u9547\u96F6\u5C31\u4E1A\u5BB6\u5EAD\u7684\u6210\u5458"
              },
              {
                name: "zero_employment_household",
                fact: "zeroEmployment",
                operator: "equal",
                value: true,
                basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u4E00\uFF09\u57CE\u9547\u96F6\u5C31\u4E1A\u5BB6\u5EAD\u7684\u6210\u5458"
              }
            ]
          },
          {
            name: "near_retirement",
            fact: "age",
            operator: "greaterThanInclusive",
            value: {
              fact: "param:employment_assistance.near_retirement_min_age"
            },
            basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u4E8C\uFF09\u8DDD\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84\u5341\u5E74\u4EE5\u5185\u7684\u767B\u8BB0\u5931\u4E1A\u4EBA\u5458; \u5360\u4F4D\u53C2\u6570 employment_assistance.near_retirement_min_age\uFF08UNVERIFIED\uFF09 (retirement at 60)"
          },
          {
            all: [
              {
                name: "woman",
                fact: "sex",
                operator: "equal",
                value: "female",
                basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u4E8C\uFF09\u8DDD\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84\u5341\u5E74\u4EE5\u5185 (women retire earlier than men)"
              },
              {
                any: [
                  {
                    name: "woman_near_retirement",
                    fact: "age",
                    operator: "greaterThanInclusive",
                    value: {
                      fact: "param:employment_assistance.near_retirement_min_age.female_cadre"
                    },
                    basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u4E8C\uFF09; within ten years of 55, the later of the two retirement ages for women (UNVERIFIED placeholder)\uFF1B\u5360\u4F4D\u53C2\u6570 employment_assistance.near_retirement_min_age.female_cadre\uFF08UNVERIFIED\uFF09"
                  },
                  {
                    all: [
                      {
                        name: "woman_near_worker_retirement",
                        fact: "age",
                        operator: "greaterThanInclusive",
                        value: {
                          fact: "param:employment_assistance.near_retirement_min_age.female_worker"
                        },
                        basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u4E8C\uFF09; within ten years of 50, the retirement age of women workers (UNVERIFIED placeholder)\uFF1B\u5360\u4F4D\u53C2\u6570 employment_assistance.near_retirement_min_age.female_worker\uFF08UNVERIFIED\uFF09"
                      },
                      {
                        name: "woman_retirement_age",
                        fact: "checkedAtWindow",
                        operator: "equal",
                        value: true,
                        basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u4E8C\uFF09: whether her statutory retirement age is 50 or 55 depends on her post, which only the window can check"
                      }
                    ]
                  }
                ]
              }
            ]
          },
          {
            name: "long_term_unemployed",
            fact: "monthsRegisteredUnemployed",
            operator: "greaterThanInclusive",
            value: {
              fact: "param:employment_assistance.long_term_unemployed_months"
            },
            basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u4E09\uFF09\u8FDE\u7EED\u5931\u4E1A\u4E00\u5E74\u4EE5\u4E0A\u7684\u767B\u8BB0\u5931\u4E1A\u4EBA\u5458"
          },
          {
            all: [
              {
                name: "graduate",
                fact: "recentGraduate",
                operator: "equal",
                value: true,
                basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u56DB\uFF09\u56F0\u96BE\u5BB6\u5EAD\u4E2D\u5C31\u4E1A\u56F0\u96BE\u7684\u9AD8\u6821\u6BD5\u4E1A\u751F"
              },
              {
                any: [
                  {
                    name: "graduate_dibao",
                    fact: "holdsDibao",
                    operator: "equal",
                    value: true,
                    basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u56DB\uFF09\u56F0\u96BE\u5BB6\u5EAD"
                  },
                  {
                    name: "graduate_low_income",
                    fact: "holdsLowIncome",
                    operator: "equal",
                    value: true,
                    basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u56DB\uFF09\u56F0\u96BE\u5BB6\u5EAD"
                  }
                ]
              }
            ]
          },
          {
            name: "disabled",
            fact: "hasDisabilityCertificate",
            operator: "equal",
            value: true,
            basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u516D\uFF09\u5931\u4E1A\u7684\u6B8B\u75BE\u4EBA"
          },
          {
            all: [
              {
                name: "veteran",
                fact: "isVeteran",
                operator: "equal",
                value: true,
                basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u516D\uFF09\u57CE\u9547\u590D\u5458\u8F6C\u4E1A\u519B\u4EBA"
              },
              {
                name: "veteran_urban",
                fact: "hukouType",
                operator: "equal",
                value: "urban",
                basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u516D\uFF09\u57CE\u9547\u590D\u5458\u8F6C\u4E1A\u519B\u4EBA"
              }
            ]
          },
          {
            name: "martyr_family",
            fact: "survivorOf",
            operator: "equal",
            value: "martyr",
            basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u516D\uFF09\u519B\u70C8\u5C5E\uFF08\u70C8\u5C5E\uFF09"
          },
          {
            name: "serviceman_family",
            fact: "isServicemanFamily",
            operator: "equal",
            value: true,
            basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u516D\uFF09\u519B\u70C8\u5C5E\uFF08\u519B\u5C5E\uFF09"
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u5C31\u4E1A\u56F0\u96BE\u4EBA\u5458\u5C31\u4E1A\u63F4\u52A9\uFF08\u516C\u76CA\u6027\u5C97\u4F4D\uFF09",
      summary: "\u6709\u5C31\u4E1A\u613F\u671B\u548C\u80FD\u529B\u4F46\u5C31\u4E1A\u56F0\u96BE\u7684\u4EBA\u5458\u2014\u2014\u57CE\u9547\u96F6\u5C31\u4E1A\u5BB6\u5EAD\u6210\u5458\u3001\u8DDD\u9000\u4F11\u5341\u5E74\u4EE5\u5185\u6216\u8FDE\u7EED\u5931\u4E1A\u4E00\u5E74\u4EE5\u4E0A\u7684\u767B\u8BB0\u5931\u4E1A\u4EBA\u5458\u3001\u56F0\u96BE\u5BB6\u5EAD\u7684\u9AD8\u6821\u6BD5\u4E1A\u751F\u3001\u5931\u4E1A\u7684\u6B8B\u75BE\u4EBA\u3001\u57CE\u9547\u590D\u5458\u8F6C\u4E1A\u519B\u4EBA\u3001\u519B\u70C8\u5C5E\u7B49\u2014\u2014\u7ECF\u8857\u9053\u3001\u793E\u533A\u516C\u5171\u5C31\u4E1A\u670D\u52A1\u673A\u6784\u8BA4\u5B9A\u540E\uFF0C\u4EAB\u53D7\u514D\u8D39\u5C31\u4E1A\u670D\u52A1\u3001\u57F9\u8BAD\u8865\u8D34\u3001\u516C\u76CA\u6027\u5C97\u4F4D\u6258\u5E95\u5B89\u7F6E\uFF08\u7ED9\u4E88\u5C97\u4F4D\u8865\u8D34\u548C\u793E\u4F1A\u4FDD\u9669\u8865\u8D34\uFF09\u3001\u7075\u6D3B\u5C31\u4E1A\u793E\u4FDD\u8865\u8D34\u7B49\u63F4\u52A9\u3002",
      conditions: {
        resides_in_jiaozuo: "\u5E38\u4F4F\u7126\u4F5C",
        working_age_min: "\u5E74\u6EE116\u5468\u5C81",
        working_age_max: "\u672A\u8FBE\u5230\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84",
        wants_work: "\u60F3\u627E\u5DE5\u4F5C",
        not_in_work: "\u76EE\u524D\u6CA1\u6709\u5DE5\u4F5C",
        zero_employment_urban: "\u96F6\u5C31\u4E1A\u5BB6\u5EAD\u4E3A\u57CE\u9547\u6237\u7C4D",
        zero_employment_household: "\u96F6\u5C31\u4E1A\u5BB6\u5EAD\uFF08\u52B3\u52A8\u5E74\u9F84\u6210\u5458\u90FD\u6CA1\u6709\u5C31\u4E1A\uFF09",
        near_retirement: "\u8DDD\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84\u5341\u5E74\u4EE5\u5185\uFF08\u767B\u8BB0\u5931\u4E1A\uFF09",
        long_term_unemployed: "\u8FDE\u7EED\u767B\u8BB0\u5931\u4E1A\u6EE1\u4E00\u5E74",
        graduate: "\u8FD1\u4E24\u5E74\u6BD5\u4E1A\u7684\u9AD8\u6821\u6BD5\u4E1A\u751F",
        graduate_dibao: "\u5BB6\u5EAD\u4EAB\u53D7\u4F4E\u4FDD",
        graduate_low_income: "\u5BB6\u5EAD\u4E3A\u4F4E\u4FDD\u8FB9\u7F18\uFF08\u4F4E\u6536\u5165\uFF09\u5BB6\u5EAD",
        disabled: "\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1",
        veteran: "\u662F\u9000\u5F79\u519B\u4EBA",
        veteran_urban: "\u9000\u5F79\u519B\u4EBA\u4E3A\u57CE\u9547\u6237\u7C4D",
        woman: "\u5973\u6027",
        woman_near_retirement: "\u5E74\u6EE145\u5468\u5C81\uFF08\u8DDD\u5973\u6027\u8F83\u665A\u7684\u9000\u4F11\u5E74\u9F8455\u5C81\u5341\u5E74\u4EE5\u5185\uFF09",
        woman_near_worker_retirement: "\u5E74\u6EE140\u5468\u5C81\uFF08\u8DDD\u5973\u5DE5\u4EBA\u9000\u4F11\u5E74\u9F8450\u5C81\u5341\u5E74\u4EE5\u5185\uFF09",
        woman_retirement_age: "\u672C\u4EBA\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84\u662F50\u5C81\u8FD8\u662F55\u5C81\uFF08\u6309\u5C97\u4F4D\uFF09\uFF0C\u7531\u7A97\u53E3\u6838\u5B9A",
        martyr_family: "\u662F\u70C8\u58EB\u9057\u5C5E",
        serviceman_family: "\u662F\u73B0\u5F79\u519B\u4EBA\u5BB6\u5C5E"
      },
      window: {
        recognition: "\u5C31\u4E1A\u56F0\u96BE\u4EBA\u5458\u7531\u8857\u9053\u3001\u793E\u533A\u3001\u4E61\uFF08\u9547\uFF09\u516C\u5171\u5C31\u4E1A\u670D\u52A1\u673A\u6784\u8BA4\u5B9A\uFF0C\u9700\u529E\u7406\u5931\u4E1A\u767B\u8BB0\uFF1B\u5C31\u4E1A\u56F0\u96BE\u7684\u88AB\u5F81\u5730\u519C\u6C11\u3001\u9700\u8981\u629A\u517B\u672A\u6210\u5E74\u4EBA\u7684\u5355\u4EB2\u5BB6\u5EAD\u6210\u5458\u3001\u53BF\u7EA7\u4EE5\u4E0A\u52B3\u52A8\u6A21\u8303\u3001\u519B\u4EBA\u5BB6\u5C5E\u7B49\u4E5F\u5C5E\u4E8E\u5C31\u4E1A\u56F0\u96BE\u4EBA\u5458\uFF0C\u53EF\u5230\u7A97\u53E3\u8BF4\u660E\u3002"
      },
      amountNote: "\u516C\u76CA\u6027\u5C97\u4F4D\u6309\u5F53\u5730\u6700\u4F4E\u5DE5\u8D44\u6807\u51C6\u53D1\u653E\u5DE5\u8D44\uFF0C\u53E6\u6709\u793E\u4F1A\u4FDD\u9669\u8865\u8D34\uFF08\u4E00\u822C\u4E0D\u8D85\u8FC73\u5E74\uFF09\uFF0C\u91D1\u989D\u7531\u7A97\u53E3\u786E\u5B9A"
    },
    en: {
      name: "job assistance for people with employment difficulty",
      summary: "People who want to work and can work but have difficulty finding a job \u2014 members of urban zero-employment households, registered unemployed people within ten years of retirement or out of work for a year or more, graduates from families in hardship, unemployed disabled people, urban ex-servicemen, martyrs' families and others \u2014 are recognised by the local employment office and get free employment services, training subsidies, a public-welfare job if needed (with a job subsidy and social-insurance subsidy), and social-insurance subsidies for flexible work.",
      conditions: {
        resides_in_jiaozuo: "lives in Jiaozuo",
        working_age_min: "aged 16 or over",
        working_age_max: "below the statutory retirement age",
        wants_work: "wants a job",
        not_in_work: "has no job at present",
        zero_employment_urban: "the zero-employment household has urban hukou",
        zero_employment_household: "zero-employment household (no working-age member has a job)",
        near_retirement: "within ten years of the statutory retirement age (registered unemployed)",
        long_term_unemployed: "registered unemployed for a year or more",
        graduate: "graduated from college or university in the last two years",
        graduate_dibao: "the household receives dibao",
        graduate_low_income: "the household is a low-income (\u4F4E\u4FDD\u8FB9\u7F18) household",
        disabled: "holds a disability certificate",
        veteran: "is a veteran",
        veteran_urban: "the veteran has urban hukou",
        woman: "a woman",
        woman_near_retirement: "aged 45 or over (within ten years of 55, the later retirement age for women)",
        woman_near_worker_retirement: "aged 40 or over (within ten years of 50, the retirement age of women workers)",
        woman_retirement_age: "whether her statutory retirement age is 50 or 55 (by post) is settled at the window",
        martyr_family: "is a martyr's survivor",
        serviceman_family: "is a family member of a serving soldier"
      },
      window: {
        recognition: "The local employment office recognises employment difficulty and registers unemployment; farmers who lost their land, single parents raising minors, model workers and servicemen's families also count and can explain their case at the window."
      },
      amountNote: "public-welfare jobs pay the local minimum wage, plus a social-insurance subsidy (usually up to 3 years); the window sets the amounts"
    }
  }
};

// rules/family-doctor.json
var family_doctor_default = {
  id: "family-doctor",
  tier: "B",
  scope: "member",
  effective: {
    from: "2020-06-01"
  },
  department: "primary_health",
  documents: ["resident_id_card"],
  citation: {
    chapter: "\u7B2C\u4E03\u7AE0",
    section: "\u7B2C\u4E8C\u8282",
    lead: "\u4FC3\u8FDB\u533B\u517B\u5EB7\u517B\u7ED3\u5408",
    quote: "\u843D\u5B9E\u56FD\u5BB6\u57FA\u672C\u516C\u5171\u536B\u751F\u670D\u52A1\u9879\u76EE,\u4F9D\u6258\u5BB6\u5EAD\u533B\u751F\u7B7E\u7EA6\u56E2\u961F,\u4E3A\u8001\u5E74\u4EBA\u63D0\u4F9B\u751F\u6D3B\u65B9\u5F0F\u548C\u5065\u5EB7\u72B6\u51B5\u8BC4\u4F30\u3001\u4F53\u683C\u68C0\u67E5\u548C\u5065\u5EB7\u6307\u5BFC\u670D\u52A1\u3002",
    also: [
      "\u7B2C\u516D\u7AE0 \u7B2C\u4E00\u8282\u300C\u4FC3\u8FDB\u4E2D\u533B\u836F\u4F20\u627F\u521B\u65B0\u53D1\u5C55\u300D\uFF08\u63A8\u5E7F\u5BB6\u5EAD\u533B\u751F\u4E2D\u533B\u836F\u670D\u52A1\uFF09",
      "\u57FA\u672C\u533B\u7597\u536B\u751F\u4E0E\u5065\u5EB7\u4FC3\u8FDB\u6CD5 \u7B2C\u4E09\u5341\u4E00\u6761\uFF08\u57FA\u5C42\u533B\u7597\u536B\u751F\u673A\u6784\u5B9E\u884C\u5BB6\u5EAD\u533B\u751F\u7B7E\u7EA6\u670D\u52A1\uFF0C\u4E0E\u5C45\u6C11\u7B7E\u8BA2\u534F\u8BAE\uFF09\u3001\u7B2C\u5341\u4E94\u6761\u3001\u7B2C\u4E00\u767E\u4E00\u5341\u6761\uFF08\u81EA2020\u5E746\u67081\u65E5\u8D77\u65BD\u884C\uFF09"
    ]
  },
  verifiedAtWindow: ["package"],
  conditions: {
    all: [
      {
        name: "resides_in_jiaozuo",
        fact: "residesInJiaozuo",
        operator: "equal",
        value: true,
        basis: "\u57FA\u672C\u533B\u7597\u536B\u751F\u4E0E\u5065\u5EB7\u4FC3\u8FDB\u6CD5 \u7B2C\u4E09\u5341\u4E00\u6761\uFF08\u5BB6\u5EAD\u533B\u751F\u670D\u52A1\u56E2\u961F\u4E0E\u5C45\u6C11\u7B7E\u8BA2\u534F\u8BAE\uFF09\uFF1B\u7B2C\u4E09\u5341\u4E94\u6761\uFF08\u57FA\u5C42\u533B\u7597\u536B\u751F\u673A\u6784\u4E3A\u5C45\u6C11\u5EFA\u7ACB\u5065\u5EB7\u6863\u6848\uFF09"
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u5BB6\u5EAD\u533B\u751F\u7B7E\u7EA6\u670D\u52A1",
      summary: "\u5C45\u4F4F\u5728\u7126\u4F5C\u7684\u5C45\u6C11\u53EF\u4E0E\u4E61\u9547\u536B\u751F\u9662\u3001\u793E\u533A\u536B\u751F\u670D\u52A1\u4E2D\u5FC3\u7684\u5BB6\u5EAD\u533B\u751F\u56E2\u961F\u7B7E\u7EA6\uFF0C\u83B7\u5F97\u5065\u5EB7\u6863\u6848\u3001\u57FA\u672C\u516C\u5171\u536B\u751F\u670D\u52A1\u3001\u5E38\u89C1\u75C5\u8BCA\u7597\u548C\u5065\u5EB7\u6307\u5BFC\uFF1B\u8001\u5E74\u4EBA\u3001\u6162\u6027\u75C5\u60A3\u8005\u3001\u6B8B\u75BE\u4EBA\u3001\u5B55\u4EA7\u5987\u548C\u513F\u7AE5\u4F18\u5148\u7B7E\u7EA6\u3002",
      conditions: {
        resides_in_jiaozuo: "\u5C45\u4F4F\u5728\u7126\u4F5C\uFF08\u4E0D\u8BBA\u6237\u7C4D\uFF09"
      },
      window: {
        package: "\u7B7E\u7EA6\u81EA\u613F\uFF1B\u7B7E\u7EA6\u670D\u52A1\u5305\u7684\u5185\u5BB9\u53CA\u57FA\u672C\u516C\u5171\u536B\u751F\u670D\u52A1\u4EE5\u5916\u662F\u5426\u6536\u8D39\uFF0C\u4EE5\u5F53\u5730\u7B7E\u7EA6\u673A\u6784\u4E3A\u51C6"
      }
    },
    en: {
      name: "family-doctor contract services",
      summary: "Residents of Jiaozuo can sign up with a family-doctor team at their township health centre or community health service centre for a health record, basic public health services, treatment of common illnesses and health advice; older people, people with chronic illness or a disability, pregnant women and children come first.",
      conditions: {
        resides_in_jiaozuo: "lives in Jiaozuo (whatever the hukou)"
      },
      window: {
        package: "signing up is voluntary; what the package includes and any fee beyond the free basic public health services depend on the local health centre"
      }
    }
  }
};

// rules/family-planning-reward.json
var family_planning_reward_default = {
  id: "family-planning-reward",
  tier: "B",
  scope: "member",
  effective: {
    from: "2022-10-26"
  },
  department: "family_planning",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "one_child_certificate", "only_child_loss_proof"],
  citation: {
    chapter: "\u7B2C\u4E09\u7AE0",
    section: "\u7B2C\u4E09\u8282",
    lead: "\u5168\u9762\u843D\u5B9E\u56FD\u5BB6\u751F\u80B2\u653F\u7B56",
    quote: "\u5BF9\u5168\u9762\u4E24\u5B69\u653F\u7B56\u8C03\u6574\u524D\u7684\u72EC\u751F\u5B50\u5973\u5BB6\u5EAD\u548C\u519C\u6751\u8BA1\u5212\u751F\u80B2\u53CC\u5973\u5BB6\u5EAD,\u7EE7\u7EED\u5B9E\u884C\u73B0\u884C\u5404\u9879\u5956\u52B1\u6276\u52A9\u5236\u5EA6\u548C\u4F18\u60E0\u653F\u7B56\u3002",
    also: [
      "\u540C\u6BB5\uFF1A\u5065\u5168\u8BA1\u5212\u751F\u80B2\u7279\u6B8A\u5BB6\u5EAD\u5168\u65B9\u4F4D\u5E2E\u6276\u4FDD\u969C\u5236\u5EA6,\u5B8C\u5584\u653F\u5E9C\u4E3B\u5BFC\u3001\u793E\u4F1A\u7EC4\u7EC7\u53C2\u4E0E\u7684\u6276\u52A9\u5173\u6000\u673A\u5236,\u7EF4\u62A4\u597D\u8BA1\u5212\u751F\u80B2\u5BB6\u5EAD\u5408\u6CD5\u6743\u76CA\u3002",
      "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E09\u5341\u4E00\u6761\u3001\u7B2C\u4E09\u5341\u4E8C\u6761\u3001\u7B2C\u4E09\u5341\u56DB\u6761\uFF08\u7701\u3001\u8BBE\u533A\u7684\u5E02\u5236\u5B9A\u5177\u4F53\u529E\u6CD5\uFF09",
      "parameters.md \xA710.2\uFF08family-planning-reward\uFF1A\u91D1\u989D\u7531\u7701\u89C4\u5B9A\uFF0C\u6CB3\u5357\u6807\u51C6 UNVERIFIED\uFF09"
    ]
  },
  verifiedAtWindow: ["certificate"],
  conditions: {
    any: [
      {
        all: [
          {
            name: "one_child_family",
            fact: "familyPlanningStatus",
            operator: "equal",
            value: "one_child",
            basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E09\u5341\u4E8C\u6761\uFF08\u83B7\u5F97\u300A\u72EC\u751F\u5B50\u5973\u7236\u6BCD\u5149\u8363\u8BC1\u300B\u7684\u592B\u59BB\uFF09"
          },
          {
            name: "only_child_lost",
            fact: "onlyChildLoss",
            operator: "in",
            value: ["died", "disabled"],
            basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E09\u5341\u4E8C\u6761\uFF08\u72EC\u751F\u5B50\u5973\u53D1\u751F\u610F\u5916\u4F24\u6B8B\u3001\u6B7B\u4EA1\u7684\uFF0C\u6309\u7167\u89C4\u5B9A\u83B7\u5F97\u6276\u52A9\uFF09"
          },
          {
            name: "special_support_age",
            fact: "age",
            operator: "greaterThanInclusive",
            value: {
              fact: "param:family_planning.special_support.min_age"
            },
            basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E09\u5341\u4E8C\u6761\u3001\u7B2C\u4E09\u5341\u56DB\u6761 leave the rules to the province; \u5E74\u9F84\u4E3A\u5360\u4F4D\u53C2\u6570 family_planning.special_support.min_age (UNVERIFIED)"
          }
        ]
      },
      {
        all: [
          {
            name: "planning_family",
            fact: "familyPlanningStatus",
            operator: "in",
            value: ["one_child", "two_daughters"],
            basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E09\u5341\u4E00\u6761\uFF08\u72EC\u751F\u5B50\u5973\u7236\u6BCD\u5956\u52B1\uFF1B\u8BA1\u5212\u751F\u80B2\u5BB6\u5EAD\u8001\u5E74\u4EBA\u5956\u52B1\u6276\u52A9\uFF09\uFF1Bthe plan \u7B2C\u4E09\u7AE0 \u7B2C\u4E09\u8282 (\u72EC\u751F\u5B50\u5973\u5BB6\u5EAD\u548C\u519C\u6751\u8BA1\u5212\u751F\u80B2\u53CC\u5973\u5BB6\u5EAD)"
          },
          {
            name: "reward_age",
            fact: "age",
            operator: "greaterThanInclusive",
            value: {
              fact: "param:family_planning.reward.min_age"
            },
            basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E09\u5341\u4E00\u6761\u7B2C\u56DB\u6B3E\uFF08\u8BA1\u5212\u751F\u80B2\u5BB6\u5EAD\u8001\u5E74\u4EBA\u5956\u52B1\u6276\u52A9\uFF09\u3001\u7B2C\u4E09\u5341\u56DB\u6761\uFF1B\u5E74\u9F84\u4E3A\u5360\u4F4D\u53C2\u6570 family_planning.reward.min_age (UNVERIFIED)"
          }
        ]
      },
      {
        all: [
          {
            name: "planning_family_other",
            fact: "familyPlanningStatus",
            operator: "in",
            value: ["one_child", "two_daughters"],
            basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E09\u5341\u4E00\u6761\u7B2C\u4E8C\u6B3E\uFF08\u83B7\u5F97\u5149\u8363\u8BC1\u7684\u592B\u59BB\u6309\u7167\u56FD\u5BB6\u548C\u7701\u6709\u5173\u89C4\u5B9A\u4EAB\u53D7\u72EC\u751F\u5B50\u5973\u7236\u6BCD\u5956\u52B1\uFF09\uFF1Bthe plan \u7B2C\u4E09\u7AE0 \u7B2C\u4E09\u8282 (\u7EE7\u7EED\u5B9E\u884C\u73B0\u884C\u5404\u9879\u5956\u52B1\u6276\u52A9\u5236\u5EA6\u548C\u4F18\u60E0\u653F\u7B56)"
          },
          {
            name: "adult",
            fact: "age",
            operator: "greaterThanInclusive",
            value: {
              fact: "param:general.adult_age"
            },
            basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E09\u5341\u4E00\u6761\uFF08\u5956\u52B1\u53D1\u7ED9\u592B\u59BB\uFF0C\u5373\u7236\u6BCD\uFF09"
          },
          {
            name: "other_rewards",
            fact: "checkedAtWindow",
            operator: "equal",
            value: true,
            basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E09\u5341\u4E00\u6761\u7B2C\u4E8C\u6B3E\u3001\u7B2C\u4E09\u5341\u4E8C\u6761\u3001\u7B2C\u4E09\u5341\u56DB\u6761\uFF1Awhich reward or support applies before the age above is set by Henan rules that are not in the sources (parameters.md \xA710.2)"
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u8BA1\u5212\u751F\u80B2\u5BB6\u5EAD\u5956\u52B1\u6276\u52A9\u548C\u7279\u6B8A\u5BB6\u5EAD\u6276\u52A9",
      summary: "\u5168\u9762\u4E24\u5B69\u653F\u7B56\u524D\u7684\u72EC\u751F\u5B50\u5973\u5BB6\u5EAD\u548C\u519C\u6751\u8BA1\u5212\u751F\u80B2\u4E8C\u5973\u6237\uFF0C\u7EE7\u7EED\u4EAB\u53D7\u5404\u9879\u5956\u52B1\u6276\u52A9\u548C\u4F18\u60E0\u653F\u7B56\uFF08\u5982\u5E74\u6EE160\u5468\u5C81\u7684\u7236\u6BCD\u9886\u53D6\u5956\u52B1\u6276\u52A9\u91D1\uFF09\uFF1B\u72EC\u751F\u5B50\u5973\u6B7B\u4EA1\u6216\u4F24\u6B8B\u7684\u5BB6\u5EAD\uFF08\u8BA1\u5212\u751F\u80B2\u7279\u6B8A\u5BB6\u5EAD\uFF09\u83B7\u5F97\u7279\u522B\u6276\u52A9\u548C\u751F\u6D3B\u3001\u517B\u8001\u3001\u533B\u7597\u3001\u7CBE\u795E\u6170\u85C9\u7B49\u5E2E\u6276\u3002",
      conditions: {
        one_child_family: "\u72EC\u751F\u5B50\u5973\u5BB6\u5EAD\uFF08\u6301\u300A\u72EC\u751F\u5B50\u5973\u7236\u6BCD\u5149\u8363\u8BC1\u300B\uFF09",
        only_child_lost: "\u72EC\u751F\u5B50\u5973\u6B7B\u4EA1\u6216\u4F24\u6B8B\uFF08\u4E09\u7EA7\u4EE5\u4E0A\u6B8B\u75BE\uFF09",
        special_support_age: "\u7236\u6BCD\u8FBE\u5230\u7279\u522B\u6276\u52A9\u5E74\u9F84\uFF0849\u5468\u5C81\u4EE5\u4E0A\uFF09",
        planning_family: "\u72EC\u751F\u5B50\u5973\u5BB6\u5EAD\u6216\u519C\u6751\u8BA1\u5212\u751F\u80B2\u4E8C\u5973\u6237",
        reward_age: "\u7236\u6BCD\u5E74\u6EE160\u5468\u5C81",
        planning_family_other: "\u72EC\u751F\u5B50\u5973\u5BB6\u5EAD\u6216\u519C\u6751\u8BA1\u5212\u751F\u80B2\u4E8C\u5973\u6237\uFF08\u6309\u73B0\u884C\u653F\u7B56\u4EAB\u53D7\u5176\u4ED6\u5956\u52B1\u6276\u52A9\uFF09",
        adult: "\u662F\u6210\u5E74\u7684\u7236\u6BCD\u4E00\u65B9",
        other_rewards: "\u672A\u5230\u4E0A\u8FF0\u5E74\u9F84\u7684\uFF0C\u53EF\u4EAB\u53D7\u54EA\u4E9B\u5956\u52B1\u548C\u4F18\u60E0\uFF08\u5982\u72EC\u751F\u5B50\u5973\u7236\u6BCD\u5956\u52B1\uFF09\uFF0C\u6309\u6CB3\u5357\u7701\u89C4\u5B9A\u7531\u7A97\u53E3\u786E\u5B9A"
      },
      window: {
        certificate: "\u7A97\u53E3\u6838\u5BF9\u300A\u72EC\u751F\u5B50\u5973\u7236\u6BCD\u5149\u8363\u8BC1\u300B\u6216\u4E8C\u5973\u6237\u8BC1\u660E\u3001\u6237\u7C4D\u548C\u751F\u80B2\u60C5\u51B5"
      },
      amountNote: "\u5956\u52B1\u6276\u52A9\u548C\u7279\u522B\u6276\u52A9\u7684\u6807\u51C6\u7531\u7701\u89C4\u5B9A\uFF0C\u7126\u4F5C\u6267\u884C\u6807\u51C6\u5F85\u7A97\u53E3\u786E\u8BA4"
    },
    en: {
      name: "family-planning family rewards and special-family support",
      summary: "One-child families from before the two-child policy and rural two-daughter families keep their rewards and preferential treatment (such as the reward paid to parents aged 60 or over); families whose only child has died or is disabled receive special support and help with living, old-age care, medical care and emotional support.",
      conditions: {
        one_child_family: "a one-child family (holds the \u72EC\u751F\u5B50\u5973\u7236\u6BCD\u5149\u8363\u8BC1)",
        only_child_lost: "the only child has died or is disabled (grade 1\u20133)",
        special_support_age: "the parent has reached the special-support age (49 or over)",
        planning_family: "a one-child family or a rural two-daughter family",
        reward_age: "the parent is 60 or over",
        planning_family_other: "a one-child family or a rural two-daughter family (other rewards in force for such families)",
        adult: "an adult (a parent)",
        other_rewards: "below those ages, which rewards and preferences apply (such as the one-child parents' reward) follows Henan's rules: the window decides"
      },
      window: {
        certificate: "the window checks the one-child parents' certificate or two-daughter family proof, the hukou and the children"
      },
      amountNote: "the rates of the reward and the special support are set by the province; the rates Jiaozuo pays are to be confirmed at the window"
    }
  }
};

// rules/high-school-fee-waiver.json
var high_school_fee_waiver_default = {
  id: "high-school-fee-waiver",
  tier: "A",
  scope: "member",
  effective: { from: "2022-10-26" },
  department: "education",
  documents: ["application_form", "hukou_booklet", "student_status_proof", "dibao_certificate", "poverty_alleviation_proof", "disability_certificate"],
  citation: {
    chapter: "\u7B2C\u56DB\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u4FDD\u969C\u6559\u80B2\u57FA\u672C\u516C\u5171\u670D\u52A1",
    quote: "\u514D\u9664\u7B26\u5408\u6761\u4EF6\u7684\u666E\u901A\u9AD8\u4E2D\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\u5B66\u6742\u8D39,\u843D\u5B9E\u9AD8\u4E2D\u9636\u6BB5\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\u56FD\u5BB6\u52A9\u5B66\u91D1\u653F\u7B56\u3002",
    also: ["\u666E\u901A\u9AD8\u4E2D\u514D\u5B66\u6742\u8D39\u653F\u7B56\uFF1A\u5EFA\u6863\u7ACB\u5361\u7B49\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF08\u542B\u975E\u5EFA\u6863\u7ACB\u5361\u7684\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u6B8B\u75BE\u5B66\u751F\u3001\u519C\u6751\u4F4E\u4FDD\u5BB6\u5EAD\u5B66\u751F\u3001\u519C\u6751\u7279\u56F0\u4F9B\u517B\u5B66\u751F\uFF09"]
  },
  verifiedAtWindow: ["public_school", "hardship_recognition"],
  conditions: {
    all: [
      {
        name: "stage_senior",
        basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u514D\u9664\u7B26\u5408\u6761\u4EF6\u7684\u666E\u901A\u9AD8\u4E2D\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\u5B66\u6742\u8D39\uFF09",
        fact: "schoolStage",
        operator: "equal",
        value: "senior"
      },
      {
        any: [
          {
            name: "poverty_alleviation",
            basis: "\u666E\u901A\u9AD8\u4E2D\u514D\u5B66\u6742\u8D39\uFF1A\u5EFA\u6863\u7ACB\u5361\u7B49\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF08parameters.md \xA74\uFF0CM\uFF09",
            fact: "holdsPovertyAlleviation",
            operator: "equal",
            value: true
          },
          {
            all: [
              {
                name: "rural_hukou",
                basis: "\u666E\u901A\u9AD8\u4E2D\u514D\u5B66\u6742\u8D39\uFF1A\u519C\u6751\u4F4E\u4FDD\u5BB6\u5EAD\u5B66\u751F\u3001\u519C\u6751\u7279\u56F0\u4F9B\u517B\u5B66\u751F\uFF08parameters.md \xA74\uFF0CM\uFF09",
                fact: "hukouType",
                operator: "equal",
                value: "rural"
              },
              {
                any: [
                  {
                    name: "rural_dibao",
                    basis: "\u666E\u901A\u9AD8\u4E2D\u514D\u5B66\u6742\u8D39\uFF1A\u519C\u6751\u4F4E\u4FDD\u5BB6\u5EAD\u5B66\u751F\uFF08parameters.md \xA74\uFF0CM\uFF09",
                    fact: "holdsDibao",
                    operator: "equal",
                    value: true
                  },
                  {
                    name: "rural_tekun",
                    basis: "\u666E\u901A\u9AD8\u4E2D\u514D\u5B66\u6742\u8D39\uFF1A\u519C\u6751\u7279\u56F0\u4F9B\u517B\u5B66\u751F\uFF08parameters.md \xA74\uFF0CM\uFF09",
                    fact: "holdsTekun",
                    operator: "equal",
                    value: true
                  }
                ]
              }
            ]
          },
          {
            all: [
              {
                name: "disability_certificate",
                basis: "\u666E\u901A\u9AD8\u4E2D\u514D\u5B66\u6742\u8D39\uFF1A\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u6B8B\u75BE\u5B66\u751F\uFF08parameters.md \xA74\uFF0CM\uFF09",
                fact: "hasDisabilityCertificate",
                operator: "equal",
                value: true
              },
              {
                any: [
                  {
                    name: "disabled_dibao",
                    basis: "\u666E\u901A\u9AD8\u4E2D\u514D\u5B66\u6742\u8D39\uFF1A\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u6B8B\u75BE\u5B66\u751F\uFF08parameters.md \xA74\uFF0CM\uFF09\uFF1B\u4F4E\u4FDD\u5BB6\u5EAD\u4E3A\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE",
                    fact: "holdsDibao",
                    operator: "equal",
                    value: true
                  },
                  {
                    name: "disabled_tekun",
                    basis: "\u666E\u901A\u9AD8\u4E2D\u514D\u5B66\u6742\u8D39\uFF1A\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u6B8B\u75BE\u5B66\u751F\uFF08parameters.md \xA74\uFF0CM\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E09\u6761\u7B2C\u4E8C\u6B3E",
                    fact: "holdsTekun",
                    operator: "equal",
                    value: true
                  },
                  {
                    name: "disabled_low_income",
                    basis: "\u666E\u901A\u9AD8\u4E2D\u514D\u5B66\u6742\u8D39\uFF1A\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u6B8B\u75BE\u5B66\u751F\uFF08parameters.md \xA74\uFF0CM\uFF09\uFF1B\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u516B\u6761\u7B2C\u4E8C\u6B3E",
                    fact: "holdsLowIncome",
                    operator: "equal",
                    value: true
                  },
                  {
                    all: [
                      {
                        name: "disabled_hardship_event",
                        basis: "\u666E\u901A\u9AD8\u4E2D\u514D\u5B66\u6742\u8D39\uFF1A\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u6B8B\u75BE\u5B66\u751F\uFF08parameters.md \xA74\uFF0CM\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u56DB\u5341\u4E03\u6761\uFF08\u56E0\u610F\u5916\u4E8B\u4EF6\u3001\u91CD\u5927\u75BE\u75C5\u5BFC\u81F4\u57FA\u672C\u751F\u6D3B\u56F0\u96BE\uFF09",
                        fact: "hardshipEvent",
                        operator: "equal",
                        value: true
                      },
                      {
                        name: "disabled_hardship_recognised",
                        basis: "\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\u7531\u5B66\u6821\u548C\u5B66\u751F\u8D44\u52A9\u7BA1\u7406\u4E2D\u5FC3\u8BA4\u5B9A\uFF08parameters.md \xA74\uFF0CM\uFF09",
                        fact: "checkedAtWindow",
                        operator: "equal",
                        value: true
                      }
                    ]
                  }
                ]
              }
            ]
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u666E\u901A\u9AD8\u4E2D\u514D\u5B66\u6742\u8D39",
      summary: "\u5728\u666E\u901A\u9AD8\u4E2D\u4E0A\u5B66\u7684\u8131\u8D2B\u5BB6\u5EAD\uFF08\u539F\u5EFA\u6863\u7ACB\u5361\uFF09\u5B66\u751F\u3001\u519C\u6751\u4F4E\u4FDD\u548C\u519C\u6751\u7279\u56F0\u5BB6\u5EAD\u5B66\u751F\u3001\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u7684\u6B8B\u75BE\u5B66\u751F\uFF0C\u514D\u4EA4\u5B66\u8D39\u3001\u6742\u8D39\u3002\u901A\u8FC7\u5B66\u6821\u7533\u8BF7\u3002\u5176\u4ED6\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\u53EF\u7533\u8BF7\u9AD8\u4E2D\u9636\u6BB5\u56FD\u5BB6\u52A9\u5B66\u91D1\u3002",
      conditions: {
        stage_senior: "\u6B63\u5728\u4E0A\u666E\u901A\u9AD8\u4E2D",
        poverty_alleviation: "\u5BB6\u5EAD\u662F\u8131\u8D2B\u6237\uFF08\u539F\u5EFA\u6863\u7ACB\u5361\u8D2B\u56F0\u6237\uFF09\u6216\u9632\u8FD4\u8D2B\u76D1\u6D4B\u6237",
        rural_hukou: "\u5BB6\u5EAD\u662F\u519C\u6751\u6237\u53E3",
        rural_dibao: "\u5BB6\u5EAD\u4EAB\u53D7\u519C\u6751\u4F4E\u4FDD",
        rural_tekun: "\u5B66\u751F\u672C\u4EBA\u662F\u519C\u6751\u7279\u56F0\u4F9B\u517B\u4EBA\u5458",
        disability_certificate: "\u5B66\u751F\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1",
        disabled_dibao: "\u6B8B\u75BE\u5B66\u751F\u5BB6\u5EAD\u4EAB\u53D7\u4F4E\u4FDD",
        disabled_tekun: "\u6B8B\u75BE\u5B66\u751F\u672C\u4EBA\u662F\u7279\u56F0\u4F9B\u517B\u4EBA\u5458",
        disabled_low_income: "\u6B8B\u75BE\u5B66\u751F\u5BB6\u5EAD\u662F\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\uFF08\u4F4E\u6536\u5165\u5BB6\u5EAD\uFF09",
        disabled_hardship_event: "\u6B8B\u75BE\u5B66\u751F\u5BB6\u5EAD\u56E0\u75C5\u3001\u56E0\u707E\u3001\u56E0\u610F\u5916\u5BFC\u81F4\u751F\u6D3B\u56F0\u96BE",
        disabled_hardship_recognised: "\u6B8B\u75BE\u5B66\u751F\u5BB6\u5EAD\u662F\u5426\u8BA4\u5B9A\u4E3A\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\uFF0C\u7531\u5B66\u6821\u548C\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u5B66\u751F\u8D44\u52A9\u7BA1\u7406\u4E2D\u5FC3\u8BA4\u5B9A"
      },
      window: {
        public_school: "\u514D\u5B66\u6742\u8D39\u9488\u5BF9\u516C\u529E\u666E\u901A\u9AD8\u4E2D\uFF1B\u5728\u6C11\u529E\u9AD8\u4E2D\u4E0A\u5B66\u7684\uFF0C\u7531\u5B66\u6821\u8BF4\u660E\u6309\u516C\u529E\u5B66\u6821\u6807\u51C6\u51CF\u514D\u7684\u529E\u6CD5",
        hardship_recognition: "\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u60C5\u51B5\u7531\u5B66\u6821\u548C\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u5B66\u751F\u8D44\u52A9\u7BA1\u7406\u4E2D\u5FC3\u6309\u8BA4\u5B9A\u7A0B\u5E8F\u6838\u5B9E"
      }
    },
    en: {
      name: "senior-high tuition waiver",
      summary: "Senior-high students from former poor (\u5EFA\u6863\u7ACB\u5361) households, from rural dibao or rural extreme-poverty households, and disabled students from families in hardship pay no tuition or miscellaneous fees. Apply through the school. Other students in hardship can apply for the national grant.",
      conditions: {
        stage_senior: "attends an ordinary senior-high school",
        poverty_alleviation: "the household is a former poor household (\u8131\u8D2B\u6237, formerly \u5EFA\u6863\u7ACB\u5361) or under poverty-relapse monitoring",
        rural_hukou: "the household has rural hukou",
        rural_dibao: "the household receives rural dibao",
        rural_tekun: "the student receives rural extreme-poverty (\u7279\u56F0) support",
        disability_certificate: "the student holds a disability certificate",
        disabled_dibao: "the disabled student's household receives dibao",
        disabled_tekun: "the disabled student receives extreme-poverty (\u7279\u56F0) support",
        disabled_low_income: "the disabled student's household is a low-income (near-dibao) household",
        disabled_hardship_event: "the disabled student\u2019s household fell into hardship through illness, disaster or an accident",
        disabled_hardship_recognised: "whether the disabled student\u2019s family counts as in hardship is decided by the school and the county student-aid centre"
      },
      window: {
        public_school: "the waiver is for public senior-high schools; at a private school, the school explains how the public-school rate is deducted",
        hardship_recognition: "the family's hardship is confirmed by the school and the county student-aid centre"
      }
    }
  }
};

// rules/high-school-grant.json
var high_school_grant_default = {
  id: "high-school-grant",
  tier: "A",
  scope: "member",
  effective: { from: "2022-10-26" },
  department: "education",
  documents: [
    "application_form",
    "hukou_booklet",
    "student_status_proof",
    "dibao_certificate",
    "poverty_alleviation_proof",
    "orphan_proof",
    "disability_certificate"
  ],
  citation: {
    chapter: "\u7B2C\u56DB\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u4FDD\u969C\u6559\u80B2\u57FA\u672C\u516C\u5171\u670D\u52A1",
    quote: "\u514D\u9664\u7B26\u5408\u6761\u4EF6\u7684\u666E\u901A\u9AD8\u4E2D\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\u5B66\u6742\u8D39,\u843D\u5B9E\u9AD8\u4E2D\u9636\u6BB5\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\u56FD\u5BB6\u52A9\u5B66\u91D1\u653F\u7B56\u3002",
    also: ["\u8D22\u653F\u90E8 \u6559\u80B2\u90E8 \u4EBA\u529B\u8D44\u6E90\u793E\u4F1A\u4FDD\u969C\u90E8 2024\u5E74\u901A\u77E5\uFF08\u666E\u901A\u9AD8\u4E2D\u3001\u4E2D\u7B49\u804C\u4E1A\u5B66\u6821\u56FD\u5BB6\u52A9\u5B66\u91D1\u5E73\u5747\u6807\u51C6\u81EA2025\u5E74\u6625\u5B63\u5B66\u671F\u8D77\u7531\u6BCF\u751F\u6BCF\u5E742000\u5143\u63D0\u9AD8\u52302300\u5143\uFF09"]
  },
  amount: {
    period: "year",
    formula: {
      switch: "schoolStage",
      cases: { senior: { param: "high_school_grant.senior.average" }, vocational: { param: "high_school_grant.vocational.average" } }
    }
  },
  verifiedAtWindow: ["hardship_recognition"],
  conditions: {
    all: [
      {
        name: "stage_high_school",
        basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u843D\u5B9E\u9AD8\u4E2D\u9636\u6BB5\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\u56FD\u5BB6\u52A9\u5B66\u91D1\u653F\u7B56\uFF09",
        fact: "schoolStage",
        operator: "in",
        value: ["senior", "vocational"]
      },
      {
        any: [
          {
            name: "senior_student",
            basis: "\u666E\u901A\u9AD8\u4E2D\u56FD\u5BB6\u52A9\u5B66\u91D1\uFF1A\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF0C\u4E0D\u9650\u5E74\u7EA7\uFF08parameters.md \xA74\uFF0CM\uFF09",
            fact: "schoolStage",
            operator: "equal",
            value: "senior"
          },
          {
            name: "vocational_year",
            basis: "\u4E2D\u804C\u56FD\u5BB6\u52A9\u5B66\u91D1\uFF1A\u4E00\u3001\u4E8C\u5E74\u7EA7\uFF08parameters.md \xA74\uFF0C\u8D22\u653F\u90E8 \u6559\u80B2\u90E8 \u4EBA\u793E\u90E8 2024\uFF0CM\uFF09",
            fact: "schoolYear",
            operator: "lessThanInclusive",
            value: { fact: "param:high_school_grant.vocational.max_year" }
          }
        ]
      },
      {
        any: [
          {
            all: [
              {
                name: "vocational_student",
                basis: "\u4E2D\u804C\u56FD\u5BB6\u52A9\u5B66\u91D1\uFF1A\u4E00\u3001\u4E8C\u5E74\u7EA7\u6D89\u519C\u4E13\u4E1A\u5B66\u751F\uFF08parameters.md \xA74\uFF0CM\uFF09",
                fact: "schoolStage",
                operator: "equal",
                value: "vocational"
              },
              {
                name: "agriculture_major",
                basis: "\u4E2D\u804C\u56FD\u5BB6\u52A9\u5B66\u91D1\uFF1A\u4E00\u3001\u4E8C\u5E74\u7EA7\u6D89\u519C\u4E13\u4E1A\u5B66\u751F\uFF08parameters.md \xA74\uFF0CM\uFF09",
                fact: "agricultureMajor",
                operator: "equal",
                value: true
              }
            ]
          },
          {
            name: "dibao",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E09\u6761\uFF08\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BB6\u5EAD\u6210\u5458\u3001\u7279\u56F0\u4F9B\u517B\u4EBA\u5458\u7ED9\u4E88\u6559\u80B2\u6551\u52A9\uFF09",
            fact: "holdsDibao",
            operator: "equal",
            value: true
          },
          {
            name: "tekun",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E09\u6761\uFF08\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BB6\u5EAD\u6210\u5458\u3001\u7279\u56F0\u4F9B\u517B\u4EBA\u5458\u7ED9\u4E88\u6559\u80B2\u6551\u52A9\uFF09",
            fact: "holdsTekun",
            operator: "equal",
            value: true
          },
          {
            name: "low_income",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF09\uFF1B\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u516B\u6761\u7B2C\u4E8C\u6B3E",
            fact: "holdsLowIncome",
            operator: "equal",
            value: true
          },
          {
            name: "poverty_alleviation",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF09\uFF1B\u6CB3\u5357\u7701\u6276\u8D2B\u5F00\u53D1\u6761\u4F8B\uFF08\u5EFA\u6863\u7ACB\u5361\u8D2B\u56F0\u6237\uFF09",
            fact: "holdsPovertyAlleviation",
            operator: "equal",
            value: true
          },
          { name: "orphan", basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF0C\u542B\u5B64\u513F\uFF09", fact: "orphan", operator: "equal", value: true },
          {
            name: "factually_unsupported",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF1B\u5173\u4E8E\u8FDB\u4E00\u6B65\u52A0\u5F3A\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u4FDD\u969C\u5DE5\u4F5C\u7684\u610F\u89C1\uFF082019\uFF09",
            fact: "factuallyUnsupported",
            operator: "equal",
            value: true
          },
          {
            name: "disability_certificate",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF0C\u542B\u6B8B\u75BE\u5B66\u751F\uFF09",
            fact: "hasDisabilityCertificate",
            operator: "equal",
            value: true
          },
          {
            all: [
              {
                name: "hardship_event",
                basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u56DB\u5341\u4E03\u6761\uFF08\u56E0\u610F\u5916\u4E8B\u4EF6\u3001\u91CD\u5927\u75BE\u75C5\u5BFC\u81F4\u57FA\u672C\u751F\u6D3B\u56F0\u96BE\uFF09\uFF1B\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\u8BA4\u5B9A\uFF08parameters.md \xA74\uFF09",
                fact: "hardshipEvent",
                operator: "equal",
                value: true
              },
              {
                name: "hardship_recognised",
                basis: "\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\u7531\u5B66\u6821\u548C\u5B66\u751F\u8D44\u52A9\u7BA1\u7406\u4E2D\u5FC3\u8BA4\u5B9A\uFF08parameters.md \xA74\uFF0CM\uFF09",
                fact: "checkedAtWindow",
                operator: "equal",
                value: true
              }
            ]
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u9AD8\u4E2D\u9636\u6BB5\u56FD\u5BB6\u52A9\u5B66\u91D1",
      summary: "\u5728\u666E\u901A\u9AD8\u4E2D\u4E0A\u5B66\u7684\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF0C\u4EE5\u53CA\u4E2D\u7B49\u804C\u4E1A\u5B66\u6821\u4E00\u3001\u4E8C\u5E74\u7EA7\u7684\u6D89\u519C\u4E13\u4E1A\u5B66\u751F\u548C\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF08\u542B\u5B64\u513F\u3001\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u3001\u6B8B\u75BE\u5B66\u751F\uFF09\uFF0C\u6BCF\u5E74\u53EF\u9886\u56FD\u5BB6\u52A9\u5B66\u91D1\uFF0C\u5206\u6863\u53D1\u653E\u3002\u901A\u8FC7\u5B66\u6821\u7533\u8BF7\u3002",
      conditions: {
        stage_high_school: "\u6B63\u5728\u4E0A\u666E\u901A\u9AD8\u4E2D\u6216\u4E2D\u7B49\u804C\u4E1A\u5B66\u6821",
        dibao: "\u5BB6\u5EAD\u4EAB\u53D7\u4F4E\u4FDD",
        tekun: "\u5B66\u751F\u672C\u4EBA\u662F\u7279\u56F0\u4F9B\u517B\u4EBA\u5458",
        low_income: "\u5BB6\u5EAD\u662F\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\uFF08\u4F4E\u6536\u5165\u5BB6\u5EAD\uFF09",
        poverty_alleviation: "\u5BB6\u5EAD\u662F\u8131\u8D2B\u6237\u6216\u9632\u8FD4\u8D2B\u76D1\u6D4B\u6237",
        orphan: "\u5B66\u751F\u662F\u5B64\u513F",
        factually_unsupported: "\u5B66\u751F\u662F\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5",
        disability_certificate: "\u5B66\u751F\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1",
        senior_student: "\u5728\u666E\u901A\u9AD8\u4E2D\u5C31\u8BFB\uFF08\u5404\u5E74\u7EA7\uFF09",
        vocational_year: "\u4E2D\u7B49\u804C\u4E1A\u5B66\u6821\u4E00\u3001\u4E8C\u5E74\u7EA7",
        vocational_student: "\u5728\u4E2D\u7B49\u804C\u4E1A\u5B66\u6821\u5C31\u8BFB",
        agriculture_major: "\u5C31\u8BFB\u6D89\u519C\u4E13\u4E1A",
        hardship_event: "\u5BB6\u5EAD\u56E0\u75C5\u3001\u56E0\u707E\u3001\u56E0\u610F\u5916\u5BFC\u81F4\u751F\u6D3B\u56F0\u96BE",
        hardship_recognised: "\u662F\u5426\u8BA4\u5B9A\u4E3A\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F\uFF0C\u7531\u5B66\u6821\u548C\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u5B66\u751F\u8D44\u52A9\u7BA1\u7406\u4E2D\u5FC3\u8BA4\u5B9A"
      },
      window: { hardship_recognition: "\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u60C5\u51B5\u548C\u8D44\u52A9\u6863\u6B21\u7531\u5B66\u6821\u548C\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u5B66\u751F\u8D44\u52A9\u7BA1\u7406\u4E2D\u5FC3\u6309\u8BA4\u5B9A\u7A0B\u5E8F\u786E\u5B9A" },
      amountNote: "\u6309\u5E73\u5747\u8D44\u52A9\u6807\u51C6\u4F30\u7B97\uFF1B\u5B9E\u9645\u6309\u56F0\u96BE\u7A0B\u5EA6\u5206\u6863\u53D1\u653E"
    },
    en: {
      name: "national grant, senior-high and vocational",
      summary: "Students from families in hardship (including orphans, de-facto unsupported children and disabled students) at a senior-high school, and students in years 1 and 2 of a secondary vocational school who study an agriculture-related major or come from families in hardship, get a yearly national grant, paid in tiers. Apply through the school.",
      conditions: {
        stage_high_school: "attends a senior-high or secondary vocational school",
        dibao: "the household receives dibao",
        tekun: "the student receives extreme-poverty (\u7279\u56F0) support",
        low_income: "the household is a low-income (near-dibao) household",
        poverty_alleviation: "the household is a former poor household (\u8131\u8D2B\u6237) or under poverty-relapse monitoring",
        orphan: "the student is an orphan",
        factually_unsupported: "the student is a de-facto unsupported child (\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5)",
        disability_certificate: "the student holds a disability certificate",
        senior_student: "attends an ordinary senior-high school (any year)",
        vocational_year: "in year 1 or 2 of a secondary vocational school",
        vocational_student: "attends a secondary vocational school",
        agriculture_major: "studies an agriculture-related (\u6D89\u519C) major",
        hardship_event: "the household fell into hardship through illness, disaster or an accident",
        hardship_recognised: "whether the student counts as from a family in hardship is decided by the school and the county student-aid centre"
      },
      window: { hardship_recognition: "the family's hardship and the grant tier are decided by the school and the county student-aid centre" },
      amountNote: "estimated at the average rate; actually paid in tiers by degree of hardship"
    }
  }
};

// rules/honor-home-care.json
var honor_home_care_default = {
  id: "honor-home-care",
  tier: "A",
  scope: "member",
  effective: { from: "2021-01-01" },
  department: "veterans",
  documents: [
    "application_form",
    "resident_id_card",
    "hukou_booklet",
    "discharge_certificate",
    "disabled_serviceman_certificate",
    "survivor_certificate",
    "disability_certificate",
    "supporter_situation_proof"
  ],
  citation: {
    chapter: "\u7B2C\u5341\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u63A8\u8FDB\u9000\u5F79\u519B\u4EBA\u8912\u626C\u4F18\u629A\u8BBE\u65BD\u5EFA\u8BBE",
    quote: "\u52A0\u5FEB\u63D0\u5347\u5149\u8363\u9662\u8BBE\u65BD\u6C34\u5E73,\u4E3A\u7B26\u5408\u6761\u4EF6\u7684\u4F18\u629A\u5BF9\u8C61\u63D0\u4F9B\u96C6\u4E2D\u4F9B\u517B\u670D\u52A1\u3002",
    also: ["\u5149\u8363\u9662\u7BA1\u7406\u529E\u6CD5\uFF082022\uFF09\uFF08parameters.md \xA76\uFF09", "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u4E94\u5341\u56DB\u6761", "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B \u7B2C\u56DB\u5341\u4E00\u6761"]
  },
  verifiedAtWindow: ["periodic_pension"],
  conditions: {
    all: [
      {
        any: [
          {
            all: [
              { name: "group_veteran", basis: "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u4E94\u5341\u56DB\u6761\uFF08\u9000\u5F79\u519B\u4EBA\uFF09", fact: "isVeteran", operator: "equal", value: true },
              {
                any: [
                  {
                    name: "elderly",
                    basis: "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u4E94\u5341\u56DB\u6761\uFF08\u5B64\u8001\uFF09\uFF1B\u5149\u8363\u9662\u7BA1\u7406\u529E\u6CD5\uFF082022\uFF09\u8001\u5E74\u4F18\u629A\u5BF9\u8C61\uFF08parameters.md \xA76\uFF0CM\uFF09\uFF1B\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6CD5 \u7B2C\u4E8C\u6761\uFF08\u516D\u5341\u5468\u5C81\u4EE5\u4E0A\uFF09",
                    fact: "age",
                    operator: "greaterThanInclusive",
                    value: { fact: "param:veterans.honor_home.elderly_min_age" }
                  },
                  {
                    name: "cannot_care_for_self",
                    basis: "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u4E94\u5341\u56DB\u6761\uFF08\u751F\u6D3B\u4E0D\u80FD\u81EA\u7406\u7684\u9000\u5F79\u519B\u4EBA\uFF09\uFF1B\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u56DB\u5341\u4E00\u6761",
                    fact: "selfCare",
                    operator: "equal",
                    value: "dependent"
                  }
                ]
              }
            ]
          },
          {
            all: [
              {
                name: "group_survivor",
                basis: "\u5149\u8363\u9662\u7BA1\u7406\u529E\u6CD5\uFF082022\uFF09\u70C8\u58EB\u9057\u5C5E\u3001\u56E0\u516C\u727A\u7272\u519B\u4EBA\u9057\u5C5E\u3001\u75C5\u6545\u519B\u4EBA\u9057\u5C5E\uFF08parameters.md \xA76\uFF0CM\uFF09",
                fact: "survivorOf",
                operator: "in",
                value: ["martyr", "duty_death", "illness_death"]
              },
              {
                any: [
                  {
                    name: "survivor_elderly",
                    basis: "\u5149\u8363\u9662\u7BA1\u7406\u529E\u6CD5\uFF082022\uFF09\u8001\u5E74\u9057\u5C5E\uFF08parameters.md \xA76\uFF0CM\uFF09",
                    fact: "age",
                    operator: "greaterThanInclusive",
                    value: { fact: "param:veterans.honor_home.elderly_min_age" }
                  },
                  {
                    name: "survivor_disabled",
                    basis: "\u5149\u8363\u9662\u7BA1\u7406\u529E\u6CD5\uFF082022\uFF09\u6B8B\u75BE\u9057\u5C5E\uFF08parameters.md \xA76\uFF0CM\uFF09",
                    fact: "hasDisabilityCertificate",
                    operator: "equal",
                    value: true
                  },
                  {
                    name: "survivor_cannot_care",
                    basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u56DB\u5341\u4E00\u6761\uFF08\u751F\u6D3B\u4E0D\u80FD\u81EA\u7406\uFF09\uFF1B\u5149\u8363\u9662\u7BA1\u7406\u529E\u6CD5\uFF082022\uFF09\uFF08parameters.md \xA76\uFF0CM\uFF09",
                    fact: "selfCare",
                    operator: "equal",
                    value: "dependent"
                  },
                  {
                    name: "survivor_under_age",
                    basis: "\u5149\u8363\u9662\u7BA1\u7406\u529E\u6CD5\uFF082022\uFF09\u672A\u6EE116\u5468\u5C81\u7684\u9057\u5C5E\uFF08parameters.md \xA76\uFF0CM\uFF09",
                    fact: "age",
                    operator: "lessThan",
                    value: { fact: "param:veterans.honor_home.survivor_minor_age" }
                  }
                ]
              }
            ]
          }
        ]
      },
      {
        name: "no_capable_supporter",
        basis: "\u5149\u8363\u9662\u7BA1\u7406\u529E\u6CD5\uFF082022\uFF09\u65E0\u6CD5\u5B9A\u8D61\u517B\u3001\u629A\u517B\u3001\u6276\u517B\u4E49\u52A1\u4EBA\u6216\u5176\u65E0\u80FD\u529B\uFF08parameters.md \xA76\uFF0CM\uFF09\uFF1B\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u4E94\u5341\u56DB\u6761\uFF08\u751F\u6D3B\u4E0D\u80FD\u81EA\u7406\u8005\u672A\u8BBE\u6B64\u6761\u4EF6\uFF0C\u7531\u7A97\u53E3\u8BA4\u5B9A\uFF09",
        fact: "honorHomeSupport",
        operator: "equal",
        value: true
      },
      {
        name: "periodic_benefit",
        basis: "\u5149\u8363\u9662\u7BA1\u7406\u529E\u6CD5\uFF082022\uFF09\u5DF2\u4EAB\u53D7\u56FD\u5BB6\u5B9A\u671F\u629A\u6064\u8865\u52A9\uFF08parameters.md \xA76\uFF0CM\uFF09",
        fact: "receivesPeriodicBenefit",
        operator: "equal",
        value: true
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u5149\u8363\u9662\u96C6\u4E2D\u4F9B\u517B",
      summary: "\u5DF2\u4EAB\u53D7\u56FD\u5BB6\u5B9A\u671F\u629A\u6064\u8865\u52A9\u7684\u8001\u5E74\u9000\u5F79\u519B\u4EBA\u3001\u6B8B\u75BE\u519B\u4EBA\uFF0C\u751F\u6D3B\u4E0D\u80FD\u81EA\u7406\u7684\u9000\u5F79\u519B\u4EBA\uFF0C\u4EE5\u53CA\u8001\u5E74\u3001\u6B8B\u75BE\u3001\u751F\u6D3B\u4E0D\u80FD\u81EA\u7406\u6216\u672A\u6EE116\u5468\u5C81\u7684\u70C8\u58EB\u9057\u5C5E\u3001\u56E0\u516C\u727A\u7272\u519B\u4EBA\u9057\u5C5E\u3001\u75C5\u6545\u519B\u4EBA\u9057\u5C5E\uFF0C\u6CA1\u6709\u6CD5\u5B9A\u8D61\u517B\u3001\u629A\u517B\u3001\u6276\u517B\u4E49\u52A1\u4EBA\u6216\u4E49\u52A1\u4EBA\u6CA1\u6709\u80FD\u529B\u7684\uFF0C\u53EF\u7533\u8BF7\u5230\u5149\u8363\u9662\u96C6\u4E2D\u4F9B\u517B\u3002",
      conditions: {
        group_veteran: "\u662F\u9000\u5F79\u519B\u4EBA",
        elderly: "\u5E74\u6EE160\u5468\u5C81\uFF08\u8001\u5E74\u9000\u5F79\u519B\u4EBA\uFF09",
        cannot_care_for_self: "\u751F\u6D3B\u4E0D\u80FD\u81EA\u7406",
        group_survivor: "\u662F\u70C8\u58EB\u3001\u56E0\u516C\u727A\u7272\u519B\u4EBA\u6216\u75C5\u6545\u519B\u4EBA\u7684\u9057\u5C5E",
        survivor_elderly: "\u9057\u5C5E\u5E74\u6EE160\u5468\u5C81",
        survivor_disabled: "\u9057\u5C5E\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1",
        survivor_cannot_care: "\u9057\u5C5E\u751F\u6D3B\u4E0D\u80FD\u81EA\u7406",
        survivor_under_age: "\u9057\u5C5E\u672A\u6EE116\u5468\u5C81",
        no_capable_supporter: "\u65E0\u6CD5\u5B9A\u8D61\u517B\u3001\u629A\u517B\u3001\u6276\u517B\u4E49\u52A1\u4EBA\uFF0C\u6216\u4E49\u52A1\u4EBA\u65E0\u5C65\u884C\u80FD\u529B\uFF08\u6709\u4E49\u52A1\u4EBA\u4F46\u672C\u4EBA\u751F\u6D3B\u4E0D\u80FD\u81EA\u7406\u7684\uFF0C\u7531\u7A97\u53E3\u8BA4\u5B9A\uFF09",
        periodic_benefit: "\u5DF2\u4EAB\u53D7\u56FD\u5BB6\u5B9A\u671F\u629A\u6064\u8865\u52A9\uFF08\u5B9A\u671F\u629A\u6064\u91D1\u3001\u5B9A\u671F\u751F\u6D3B\u8865\u52A9\u6216\u4F24\u6B8B\u629A\u6064\u91D1\uFF09"
      },
      window: { periodic_pension: "\u5165\u9662\u6761\u4EF6\u548C\u5E8A\u4F4D\u7531\u7A97\u53E3\u6838\u5B9E\u3002" }
    },
    en: {
      name: "residential care in an honour home (\u5149\u8363\u9662)",
      summary: "Elderly veterans and disabled servicemen, veterans who cannot look after themselves, and survivors of martyrs or of servicemen who died on duty or of illness who are elderly, disabled, dependent on care or under 16, who already receive a periodic state pension or allowance and have no legal supporter able to support them, can live in an honour home.",
      conditions: {
        group_veteran: "is a veteran",
        elderly: "aged 60 or over (elderly veteran)",
        cannot_care_for_self: "cannot look after themselves",
        group_survivor: "is a survivor of a martyr, or of a serviceman who died on duty or of illness",
        survivor_elderly: "a survivor aged 60 or over",
        survivor_disabled: "a survivor holding a disability certificate",
        survivor_cannot_care: "a survivor who cannot look after themselves",
        survivor_under_age: "a survivor under 16",
        no_capable_supporter: "no legal supporter, or none able to support them (someone who cannot look after themselves but has a supporter is decided at the window)",
        periodic_benefit: "already receives a periodic state pension or allowance (survivor\u2019s pension, living allowance or disability pension)"
      },
      window: { periodic_pension: "the window checks admission and places." }
    }
  }
};

// rules/legal-aid.json
var legal_aid_default = {
  id: "legal-aid",
  tier: "B",
  scope: "member",
  effective: {
    from: "2022-01-01"
  },
  department: "legal_aid",
  documents: ["application_form", "resident_id_card", "legal_matter_proof", "economic_difficulty_statement"],
  citation: {
    chapter: "\u7B2C\u4E5D\u7AE0",
    section: "\u7B2C\u4E09\u8282",
    lead: "\u5B8C\u5584\u516C\u5171\u6CD5\u5F8B\u670D\u52A1",
    quote: "\u5BF9\u7B26\u5408\u6CD5\u5F8B\u63F4\u52A9\u6761\u4EF6\u7684\u7ECF\u6D4E\u56F0\u96BE\u7684\u516C\u6C11\u548C\u7279\u6B8A\u6848\u4EF6\u5F53\u4E8B\u4EBA\u63D0\u4F9B\u5FC5\u8981\u7684\u65E0\u507F\u6CD5\u5F8B\u670D\u52A1\u3002",
    also: ["\u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u4E09\u5341\u4E00\u6761\u3001\u7B2C\u4E09\u5341\u4E8C\u6761\u3001\u7B2C\u4E09\u5341\u56DB\u6761\u3001\u7B2C\u56DB\u5341\u4E8C\u6761\uFF08\u81EA2022\u5E741\u67081\u65E5\u8D77\u65BD\u884C\uFF0C\u7B2C\u4E03\u5341\u4E00\u6761\uFF09", "\u6CB3\u5357\u7701\u6CD5\u5F8B\u63F4\u52A9\u6761\u4F8B \u7B2C\u5341\u4E00\u6761\u3001\u7B2C\u5341\u4E8C\u6761"]
  },
  verifiedAtWindow: ["case_review"],
  conditions: {
    all: [
      {
        any: [
          {
            name: "listed_matter",
            fact: "legalIssue",
            operator: "in",
            value: ["wages", "work_injury", "family_support"],
            basis: "\u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u4E09\u5341\u4E00\u6761\uFF08\u56DB\uFF09\u8D61\u517B\u8D39\u3001\u629A\u517B\u8D39\u3001\u6276\u517B\u8D39\uFF0C\uFF08\u4E94\uFF09\u52B3\u52A8\u62A5\u916C\uFF0C\uFF08\u4E03\uFF09\u5DE5\u4F24\u4E8B\u6545\u4EBA\u8EAB\u635F\u5BB3\u8D54\u507F; \u6CB3\u5357\u7701\u6CD5\u5F8B\u63F4\u52A9\u6761\u4F8B \u7B2C\u5341\u4E00\u6761"
          },
          {
            all: [
              {
                name: "other_matter",
                fact: "legalIssue",
                operator: "equal",
                value: "other",
                basis: "\u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u4E8C\u5341\u56DB\u6761\u81F3\u7B2C\u4E8C\u5341\u4E5D\u6761\u3001\u7B2C\u4E09\u5341\u4E00\u6761\uFF08\u4E5D\uFF09\u3001\u7B2C\u4E09\u5341\u4E8C\u6761"
              },
              {
                name: "other_matter_in_scope",
                fact: "checkedAtWindow",
                operator: "equal",
                value: true,
                basis: "\u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u4E09\u5341\u4E00\u6761\uFF08\u4E5D\uFF09\u3001\u7B2C\u4E09\u5341\u4E8C\u6761, \u7B2C\u56DB\u5341\u4E09\u6761 (the legal-aid centre reviews whether another matter is covered)"
              }
            ]
          }
        ]
      },
      {
        any: [
          {
            name: "income_below_line",
            fact: "incomePerCapitaMonthly",
            operator: "lessThan",
            value: {
              fact: "legalAidIncomeLineMonthly"
            },
            basis: "\u6CB3\u5357\u7701\u6CD5\u5F8B\u63F4\u52A9\u6761\u4F8B \u7B2C\u5341\u4E8C\u6761\uFF08\u7ECF\u6D4E\u56F0\u96BE\u6807\u51C6\u53C2\u7167\u2026\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u6807\u51C6\u6267\u884C\uFF09; \u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u4E09\u5341\u56DB\u6761; legal_aid.economic_difficulty.multiple_of_dibao is an UNVERIFIED placeholder"
          },
          {
            name: "holds_dibao",
            fact: "holdsDibao",
            operator: "equal",
            value: true,
            basis: "\u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761\uFF08\u4E8C\uFF09\u793E\u4F1A\u6551\u52A9\u5BF9\u8C61"
          },
          {
            name: "holds_tekun",
            fact: "holdsTekun",
            operator: "equal",
            value: true,
            basis: "\u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761\uFF08\u4E8C\uFF09\u793E\u4F1A\u6551\u52A9\u5BF9\u8C61"
          },
          {
            name: "veteran",
            fact: "isVeteran",
            operator: "equal",
            value: true,
            basis: "\u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761\uFF08\u4E8C\uFF09\u4F18\u629A\u5BF9\u8C61; \u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B \u7B2C\u4E8C\u6761"
          },
          {
            name: "survivor",
            fact: "survivorOf",
            operator: "in",
            value: ["martyr", "duty_death", "illness_death"],
            basis: "\u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761\uFF08\u4E8C\uFF09\u4F18\u629A\u5BF9\u8C61; \u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B \u7B2C\u4E8C\u6761"
          },
          {
            all: [
              {
                name: "migrant_claim",
                fact: "legalIssue",
                operator: "in",
                value: ["wages", "work_injury"],
                basis: "\u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761\uFF08\u4E09\uFF09\u7533\u8BF7\u652F\u4ED8\u52B3\u52A8\u62A5\u916C\u6216\u8005\u8BF7\u6C42\u5DE5\u4F24\u4E8B\u6545\u4EBA\u8EAB\u635F\u5BB3\u8D54\u507F\u7684\u8FDB\u57CE\u52A1\u5DE5\u4EBA\u5458"
              },
              {
                name: "rural_hukou",
                fact: "hukouType",
                operator: "equal",
                value: "rural",
                basis: "\u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761\uFF08\u4E09\uFF09\u8FDB\u57CE\u52A1\u5DE5\u4EBA\u5458 (a worker with rural hukou; the window sees the proof)"
              }
            ]
          },
          {
            all: [
              {
                name: "no_fixed_income",
                fact: "hasLivingIncome",
                operator: "equal",
                value: false,
                basis: "\u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761\uFF08\u4E00\uFF09\u65E0\u56FA\u5B9A\u751F\u6D3B\u6765\u6E90\u7684\u672A\u6210\u5E74\u4EBA\u3001\u8001\u5E74\u4EBA\u3001\u6B8B\u75BE\u4EBA"
              },
              {
                any: [
                  {
                    name: "minor",
                    fact: "age",
                    operator: "lessThan",
                    value: {
                      fact: "param:general.adult_age"
                    },
                    basis: "\u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761\uFF08\u4E00\uFF09\u672A\u6210\u5E74\u4EBA; \u6CB3\u5357\u7701\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u6761\u4F8B \u7B2C\u4E8C\u6761"
                  },
                  {
                    name: "elderly",
                    fact: "age",
                    operator: "greaterThanInclusive",
                    value: {
                      fact: "param:legal_aid.elderly_min_age"
                    },
                    basis: "\u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761\uFF08\u4E00\uFF09\u8001\u5E74\u4EBA; \u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6CD5 \u7B2C\u4E8C\u6761"
                  },
                  {
                    name: "disabled",
                    fact: "hasDisabilityCertificate",
                    operator: "equal",
                    value: true,
                    basis: "\u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761\uFF08\u4E00\uFF09\u6B8B\u75BE\u4EBA"
                  }
                ]
              }
            ]
          },
          {
            all: [
              {
                name: "income_above_line",
                fact: "incomePerCapitaMonthly",
                operator: "greaterThanInclusive",
                value: {
                  fact: "legalAidIncomeLineMonthly"
                },
                basis: "\u6CB3\u5357\u7701\u6CD5\u5F8B\u63F4\u52A9\u6761\u4F8B \u7B2C\u5341\u4E8C\u6761 (the 2010 line); \u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u4E09\u5341\u56DB\u6761 (the province now sets and adjusts the standard)"
              },
              {
                name: "current_standard",
                fact: "checkedAtWindow",
                operator: "equal",
                value: true,
                basis: "\u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u4E09\u5341\u56DB\u6761: Henan's standard since 2022 is not published (parameters.md \xA710.4), and the plan \u7B2C\u4E5D\u7AE0 \u7B2C\u4E09\u8282 widens it toward low-income groups (\u8FDB\u4E00\u6B65\u653E\u5BBD\u7ECF\u6D4E\u56F0\u96BE\u6807\u51C6\u2026\u9010\u6B65\u62D3\u5C55\u81F3\u4F4E\u6536\u5165\u7FA4\u4F53); above the 2010 line the legal-aid centre decides"
              }
            ]
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u6CD5\u5F8B\u63F4\u52A9",
      summary: "\u56E0\u7ECF\u6D4E\u56F0\u96BE\u8BF7\u4E0D\u8D77\u5F8B\u5E08\u7684\uFF0C\u5728\u8FFD\u7D22\u52B3\u52A8\u62A5\u916C\u3001\u5DE5\u4F24\u8D54\u507F\u3001\u8D61\u517B\u8D39\u629A\u517B\u8D39\u6276\u517B\u8D39\u7B49\u4E8B\u9879\u4E0A\uFF0C\u53EF\u5411\u6CD5\u5F8B\u63F4\u52A9\u673A\u6784\u7533\u8BF7\u514D\u8D39\u7684\u4EE3\u7406\u3001\u4EE3\u5199\u6587\u4E66\u7B49\u670D\u52A1\u3002\u4F4E\u4FDD\u3001\u7279\u56F0\u7B49\u793E\u4F1A\u6551\u52A9\u5BF9\u8C61\u3001\u4F18\u629A\u5BF9\u8C61\uFF0C\u65E0\u56FA\u5B9A\u751F\u6D3B\u6765\u6E90\u7684\u672A\u6210\u5E74\u4EBA\u3001\u8001\u5E74\u4EBA\u3001\u6B8B\u75BE\u4EBA\uFF0C\u4EE5\u53CA\u8BA8\u85AA\u6216\u8BF7\u6C42\u5DE5\u4F24\u8D54\u507F\u7684\u8FDB\u57CE\u52A1\u5DE5\u4EBA\u5458\uFF0C\u514D\u4E88\u6838\u67E5\u7ECF\u6D4E\u56F0\u96BE\u72B6\u51B5\u3002\u6CD5\u5F8B\u54A8\u8BE2\u5BF9\u6240\u6709\u4EBA\u514D\u8D39\u3002",
      conditions: {
        listed_matter: "\u9700\u8981\u5E2E\u52A9\u7684\u662F\u8FFD\u7D22\u52B3\u52A8\u62A5\u916C\u3001\u5DE5\u4F24\u8D54\u507F\u6216\u8D61\u517B\u8D39\u3001\u629A\u517B\u8D39\u3001\u6276\u517B\u8D39\u7B49\u4E8B\u9879",
        other_matter: "\u9700\u8981\u5E2E\u52A9\u7684\u662F\u5176\u4ED6\u6CD5\u5F8B\u4E8B\u9879",
        other_matter_in_scope: "\u5176\u4ED6\u4E8B\u9879\u662F\u5426\u5C5E\u4E8E\u6CD5\u5F8B\u63F4\u52A9\u8303\u56F4\uFF0C\u7531\u6CD5\u5F8B\u63F4\u52A9\u673A\u6784\u5BA1\u67E5",
        income_below_line: "\u5BB6\u5EAD\u4EBA\u5747\u6536\u5165\u4F4E\u4E8E\u7ECF\u6D4E\u56F0\u96BE\u6807\u51C6\uFF08\u53C2\u7167\u5F53\u5730\u4F4E\u4FDD\u6807\u51C6\uFF09",
        holds_dibao: "\u5BB6\u5EAD\u4EAB\u53D7\u4F4E\u4FDD\uFF08\u514D\u4E88\u6838\u67E5\u7ECF\u6D4E\u56F0\u96BE\uFF09",
        holds_tekun: "\u672C\u4EBA\u4EAB\u53D7\u7279\u56F0\u4EBA\u5458\u6551\u52A9\u4F9B\u517B\uFF08\u514D\u4E88\u6838\u67E5\u7ECF\u6D4E\u56F0\u96BE\uFF09",
        veteran: "\u662F\u9000\u5F79\u519B\u4EBA\uFF08\u4F18\u629A\u5BF9\u8C61\uFF0C\u514D\u4E88\u6838\u67E5\u7ECF\u6D4E\u56F0\u96BE\uFF09",
        survivor: "\u662F\u70C8\u58EB\u3001\u56E0\u516C\u727A\u7272\u6216\u75C5\u6545\u519B\u4EBA\u9057\u5C5E\uFF08\u4F18\u629A\u5BF9\u8C61\uFF0C\u514D\u4E88\u6838\u67E5\u7ECF\u6D4E\u56F0\u96BE\uFF09",
        migrant_claim: "\u8BF7\u6C42\u652F\u4ED8\u52B3\u52A8\u62A5\u916C\u6216\u5DE5\u4F24\u8D54\u507F",
        rural_hukou: "\u519C\u6751\u6237\u7C4D\uFF08\u8FDB\u57CE\u52A1\u5DE5\u4EBA\u5458\uFF0C\u514D\u4E88\u6838\u67E5\u7ECF\u6D4E\u56F0\u96BE\uFF09",
        no_fixed_income: "\u672C\u4EBA\u65E0\u56FA\u5B9A\u751F\u6D3B\u6765\u6E90",
        minor: "\u672A\u6EE118\u5468\u5C81",
        elderly: "\u5E74\u6EE160\u5468\u5C81",
        disabled: "\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1",
        income_above_line: "\u5BB6\u5EAD\u4EBA\u5747\u6536\u5165\u4E0D\u4F4E\u4E8E\u5F53\u5730\u4F4E\u4FDD\u6807\u51C6",
        current_standard: "\u6CB3\u5357\u73B0\u884C\u7ECF\u6D4E\u56F0\u96BE\u6807\u51C6\u672A\u516C\u5E03\uFF08\u89C4\u5212\u63D0\u51FA\u9010\u6B65\u653E\u5BBD\u5230\u4F4E\u6536\u5165\u7FA4\u4F53\uFF09\uFF0C\u7531\u6CD5\u5F8B\u63F4\u52A9\u673A\u6784\u5BA1\u67E5"
      },
      window: {
        case_review: "\u6CD5\u5F8B\u63F4\u52A9\u673A\u6784\u5728\u6536\u5230\u7533\u8BF7\u540E7\u65E5\u5185\u5BA1\u67E5\u51B3\u5B9A\uFF1B\u9700\u63D0\u4EA4\u4E0E\u4E8B\u9879\u6709\u5173\u7684\u6750\u6599\uFF0C\u5E76\u5982\u5B9E\u8BF4\u660E\u7ECF\u6D4E\u56F0\u96BE\u72B6\u51B5\uFF08\u53EF\u4F5C\u4E2A\u4EBA\u8BDA\u4FE1\u627F\u8BFA\uFF09\u3002"
      },
      amountNote: "\u514D\u8D39\u63D0\u4F9B\u6CD5\u5F8B\u670D\u52A1"
    },
    en: {
      name: "legal aid",
      summary: "People who cannot afford a lawyer can ask the legal-aid centre for free representation and documents in matters such as unpaid wages, work-injury compensation, and claims for support or maintenance. Recipients of dibao or \u7279\u56F0 support, people in the preferential-treatment groups (veterans, martyrs' families), minors, elderly and disabled people without a fixed income, and migrant workers claiming wages or injury compensation are spared the means test. Legal advice is free for everyone.",
      conditions: {
        listed_matter: "needs help with unpaid wages, a work-injury claim, or support or maintenance",
        other_matter: "needs help with another legal matter",
        other_matter_in_scope: "whether another matter is covered is decided by the legal-aid centre",
        income_below_line: "per-capita household income below the economic-difficulty line (the local dibao standard)",
        holds_dibao: "the household receives dibao (no means test)",
        holds_tekun: "receives extreme-poverty (\u7279\u56F0) support (no means test)",
        veteran: "is a veteran (preferential-treatment group, no means test)",
        survivor: "is a survivor of a martyr or of a serviceman who died on duty or of illness (no means test)",
        migrant_claim: "claims unpaid wages or work-injury compensation",
        rural_hukou: "has a rural hukou (migrant worker, no means test)",
        no_fixed_income: "has no fixed income of their own",
        minor: "under 18",
        elderly: "aged 60 or over",
        disabled: "holds a disability certificate",
        income_above_line: "per-capita household income at or above the local dibao standard",
        current_standard: "Henan's current economic-difficulty standard is not published (the plan widens it toward low-income groups); the legal-aid centre decides"
      },
      window: {
        case_review: "The legal-aid centre decides within 7 days of the application; bring papers about the matter and state your financial situation truthfully (a signed pledge is accepted)."
      },
      amountNote: "legal services free of charge"
    }
  }
};

// rules/longevity-allowance.json
var longevity_allowance_default = {
  id: "longevity-allowance",
  tier: "B",
  scope: "member",
  effective: {
    from: "2019-01-01"
  },
  department: "civil_affairs",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "bank_account"],
  citation: {
    chapter: "\u7B2C\u4E03\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u63D0\u9AD8\u517B\u8001\u4FDD\u969C\u80FD\u529B",
    quote: "\u63A2\u7D22\u5EFA\u7ACB\u957F\u671F\u62A4\u7406\u4FDD\u9669\u5236\u5EA6,\u5EFA\u7ACB\u5065\u5168\u9AD8\u9F84\u8001\u5E74\u4EBA\u3001\u7279\u56F0\u4EBA\u5458\u4F9B\u517B\u3001\u7ECF\u6D4E\u56F0\u96BE\u5931\u80FD\u8001\u5E74\u4EBA\u8865\u8D34\u5236\u5EA6\u3002",
    also: [
      "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u516B\u6761\uFF08\u5B9E\u65BD\u516B\u5341\u5468\u5C81\u4EE5\u4E0A\u8001\u5E74\u4EBA\u9AD8\u9F84\u6D25\u8D34\u5236\u5EA6\uFF0C\u5177\u4F53\u529E\u6CD5\u548C\u6807\u51C6\u7531\u7701\u8F96\u5E02\u4EBA\u6C11\u653F\u5E9C\u5236\u5B9A\uFF09\uFF1B\u7B2C\u516D\u5341\u6761\uFF08\u81EA2019\u5E741\u67081\u65E5\u8D77\u65BD\u884C\uFF09",
      "\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6CD5 \u7B2C\u4E09\u5341\u4E09\u6761\u7B2C\u4E8C\u6B3E\uFF08\u9F13\u52B1\u5730\u65B9\u5EFA\u7ACB\u516B\u5341\u5468\u5C81\u4EE5\u4E0A\u4F4E\u6536\u5165\u8001\u5E74\u4EBA\u9AD8\u9F84\u6D25\u8D34\u5236\u5EA6\uFF09",
      "parameters.md \xA75, \xA710.4, \xA711\uFF08\u7126\u4F5C\u6807\u51C6\u672A\u516C\u5E03\uFF09"
    ]
  },
  verifiedAtWindow: ["city_scheme"],
  conditions: {
    all: [
      {
        name: "age_at_least",
        fact: "age",
        operator: "greaterThanInclusive",
        value: {
          fact: "param:longevity.min_age"
        },
        basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u516B\u6761\uFF08\u5B9E\u65BD\u516B\u5341\u5468\u5C81\u4EE5\u4E0A\u8001\u5E74\u4EBA\u9AD8\u9F84\u6D25\u8D34\u5236\u5EA6\uFF0C\u5177\u4F53\u529E\u6CD5\u548C\u6807\u51C6\u7531\u7701\u8F96\u5E02\u4EBA\u6C11\u653F\u5E9C\u5236\u5B9A\uFF09"
      },
      {
        any: [
          {
            name: "hukou_local",
            fact: "hukouInJiaozuo",
            operator: "equal",
            value: true,
            basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u516B\u6761\uFF08\u5B9E\u65BD\u516B\u5341\u5468\u5C81\u4EE5\u4E0A\u8001\u5E74\u4EBA\u9AD8\u9F84\u6D25\u8D34\u5236\u5EA6\uFF0C\u5177\u4F53\u529E\u6CD5\u548C\u6807\u51C6\u7531\u7701\u8F96\u5E02\u4EBA\u6C11\u653F\u5E9C\u5236\u5B9A\uFF09\uFF1A\u7531\u7126\u4F5C\u5E02\u5236\u5B9A\u7684\u529E\u6CD5\u9002\u7528\u4E8E\u7126\u4F5C\u6237\u7C4D\u8001\u5E74\u4EBA"
          },
          {
            all: [
              {
                name: "hukou_elsewhere",
                fact: "hukouInJiaozuo",
                operator: "equal",
                value: false,
                basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u516B\u6761\uFF08\u5B9E\u65BD\u516B\u5341\u5468\u5C81\u4EE5\u4E0A\u8001\u5E74\u4EBA\u9AD8\u9F84\u6D25\u8D34\u5236\u5EA6\uFF0C\u5177\u4F53\u529E\u6CD5\u548C\u6807\u51C6\u7531\u7701\u8F96\u5E02\u4EBA\u6C11\u653F\u5E9C\u5236\u5B9A\uFF09"
              },
              {
                name: "resides_in_jiaozuo",
                fact: "residesInJiaozuo",
                operator: "equal",
                value: true,
                basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u516B\u6761\uFF08\u5B9E\u65BD\u516B\u5341\u5468\u5C81\u4EE5\u4E0A\u8001\u5E74\u4EBA\u9AD8\u9F84\u6D25\u8D34\u5236\u5EA6\uFF0C\u5177\u4F53\u529E\u6CD5\u548C\u6807\u51C6\u7531\u7701\u8F96\u5E02\u4EBA\u6C11\u653F\u5E9C\u5236\u5B9A\uFF09"
              },
              {
                name: "nonlocal_covered",
                fact: "checkedAtWindow",
                operator: "equal",
                value: true,
                basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u516B\u6761\uFF08\u5B9E\u65BD\u516B\u5341\u5468\u5C81\u4EE5\u4E0A\u8001\u5E74\u4EBA\u9AD8\u9F84\u6D25\u8D34\u5236\u5EA6\uFF0C\u5177\u4F53\u529E\u6CD5\u548C\u6807\u51C6\u7531\u7701\u8F96\u5E02\u4EBA\u6C11\u653F\u5E9C\u5236\u5B9A\uFF09\uFF1A\u7126\u4F5C\u529E\u6CD5\u662F\u5426\u8986\u76D6\u5916\u5730\u6237\u7C4D\u5E38\u4F4F\u8001\u5E74\u4EBA\u672A\u516C\u5E03\uFF08parameters.md \xA710.4 UNVERIFIED\uFF09\uFF0C\u7531\u7A97\u53E3\u7B54\u590D"
              }
            ]
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u9AD8\u9F84\u6D25\u8D34",
      summary: "\u5E74\u6EE180\u5468\u5C81\u7684\u8001\u5E74\u4EBA\u6309\u6708\u9886\u53D6\u9AD8\u9F84\u6D25\u8D34\u3002\u5177\u4F53\u529E\u6CD5\u548C\u6807\u51C6\u7531\u7126\u4F5C\u5E02\u4EBA\u6C11\u653F\u5E9C\u5236\u5B9A\uFF0C\u7126\u4F5C\u73B0\u884C\u6807\u51C6\u5C1A\u672A\u6838\u5B9E\uFF0C\u4EE5\u7A97\u53E3\u7B54\u590D\u4E3A\u51C6\u3002",
      conditions: {
        age_at_least: "\u5E74\u6EE180\u5468\u5C81",
        hukou_local: "\u6237\u7C4D\u5728\u7126\u4F5C\u5E02",
        hukou_elsewhere: "\u6237\u7C4D\u4E0D\u5728\u7126\u4F5C\u5E02",
        resides_in_jiaozuo: "\u5E38\u4F4F\u7126\u4F5C",
        nonlocal_covered: "\u7126\u4F5C\u529E\u6CD5\u662F\u5426\u60E0\u53CA\u5916\u5730\u6237\u7C4D\u7684\u5E38\u4F4F\u8001\u5E74\u4EBA\uFF0C\u7531\u6C11\u653F\u90E8\u95E8\u7B54\u590D"
      },
      window: {
        city_scheme: "\u7126\u4F5C\u5E02\u9AD8\u9F84\u6D25\u8D34\u7684\u5177\u4F53\u529E\u6CD5\u548C\u6309\u5E74\u9F84\u6BB5\u7684\u6807\u51C6\u672A\u516C\u5E03\uFF0C\u7531\u6C11\u653F\u90E8\u95E8\u6309\u73B0\u884C\u529E\u6CD5\u6838\u5B9A"
      },
      amountNote: "\u6807\u51C6\u7531\u7126\u4F5C\u5E02\u5236\u5B9A\uFF0C\u5C1A\u672A\u6838\u5B9E\uFF1A\u6CB3\u5357\u76F8\u5173\u8D44\u6599\u79F090\u81F399\u5C81\u6BCF\u6708\u4E0D\u4F4E\u4E8E100\u5143\u3001100\u5C81\u4EE5\u4E0A\u4E0D\u4F4E\u4E8E300\u5143\uFF08\u4F4E\u53EF\u4FE1\u5EA6\uFF0C\u672A\u6838\u5B9E\uFF09\uFF0C\u4EE5\u7A97\u53E3\u7B54\u590D\u4E3A\u51C6"
    },
    en: {
      name: "longevity allowance",
      summary: "People aged 80 or over receive a monthly longevity allowance. Jiaozuo's city government sets the scheme and the rates; the current Jiaozuo rates have not been verified, so the window confirms them.",
      conditions: {
        age_at_least: "aged 80 or over",
        hukou_local: "hukou registered in Jiaozuo",
        hukou_elsewhere: "hukou registered outside Jiaozuo",
        resides_in_jiaozuo: "lives in Jiaozuo",
        nonlocal_covered: "whether Jiaozuo's scheme covers residents whose hukou is elsewhere is answered by the civil-affairs office"
      },
      window: {
        city_scheme: "Jiaozuo's scheme and its rates by age band are not published; the civil-affairs office applies the scheme in force"
      },
      amountNote: "rates are set by Jiaozuo and not verified: reportedly at least 100 yuan a month at 90\u201399 and 300 yuan at 100+ in Henan (unverified); confirmed at the window"
    }
  }
};

// rules/low-income-household.json
var low_income_household_default = {
  id: "low-income-household",
  tier: "B",
  scope: "household",
  grantsStatus: "holdsLowIncome",
  effective: { from: "2019-03-02" },
  department: "civil_affairs",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "income_proof"],
  citation: {
    chapter: "\u7B2C\u4E5D\u7AE0",
    section: "\u7B2C\u4E8C\u8282",
    lead: "\u6784\u5EFA\u57CE\u4E61\u4E00\u4F53\u7684\u793E\u4F1A\u6551\u52A9\u4F53\u7CFB",
    quote: "\u9010\u6B65\u5EFA\u7ACB\u4EE5\u57FA\u672C\u751F\u6D3B\u6551\u52A9\u4E3A\u57FA\u7840\u3001\u4E13\u9879\u6551\u52A9\u4E3A\u652F\u6491\u3001\u6025\u96BE\u6551\u52A9\u4E3A\u8F85\u52A9\u3001\u653F\u5E9C\u6295\u5165\u4E3A\u4E3B\u5BFC\u3001\u793E\u4F1A\u529B\u91CF\u4E3A\u8865\u5145\u3001\u5236\u5EA6\u5B8C\u5584\u5065\u5168\u3001\u653F\u7B56\u6709\u673A\u8854\u63A5\u3001\u515C\u5E95\u4FDD\u969C\u6709\u529B\u7684\u7EFC\u5408\u6551\u52A9\u683C\u5C40\u53CA\u57CE\u4E61\u4E00\u4F53\u5316\u7684\u68AF\u5EA6\u6551\u52A9\u4F53\u7CFB\u3002",
    also: ["\u4FE1\u9633\u5E02\u6C11\u653F\u5C40 \u653F\u7B56\u95EE\u7B54 2024-01-23 (\u6CB3\u5357\u7701\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\u8BA4\u5B9A)"]
  },
  verifiedAtWindow: ["assets"],
  conditions: {
    any: [
      {
        name: "already_holds",
        basis: "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u516B\u6761\u7B2C\u4E8C\u6B3E\uFF08\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\u7ECF\u8BA4\u5B9A\u53D6\u5F97\uFF09",
        fact: "holdsLowIncome",
        operator: "equal",
        value: true
      },
      {
        all: [
          {
            name: "not_dibao",
            basis: "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u516B\u6761\u7B2C\u4E8C\u6B3E\uFF08\u4E0D\u7B26\u5408\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u6761\u4EF6\uFF09",
            fact: "holdsDibao",
            operator: "equal",
            value: false
          },
          {
            name: "not_tekun",
            basis: "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u516B\u6761\u7B2C\u4E8C\u6B3E\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u4E94\u6761\u7B2C\u4E09\u6B3E\uFF08\u7279\u56F0\u4F9B\u517B\u4E0E\u4F4E\u4FDD\u76F8\u8854\u63A5\uFF09",
            fact: "householdHoldsTekun",
            operator: "equal",
            value: false
          },
          {
            any: [
              {
                name: "hukou_local",
                basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u4E00\u6761\uFF08\u4E00\uFF09\uFF08\u5411\u6237\u7C4D\u6240\u5728\u5730\u7533\u8BF7\uFF09",
                fact: "hukouInJiaozuo",
                operator: "equal",
                value: true
              },
              {
                all: [
                  {
                    name: "resides_in_jiaozuo",
                    basis: "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u4E94\u6761\u7B2C\u4E09\u6B3E\uFF08\u6301\u6709\u5C45\u4F4F\u8BC1\u4EBA\u5458\u5728\u5C45\u4F4F\u5730\u7533\u529E\uFF09\uFF1B\u89C4\u5212 \u7B2C\u4E00\u7AE0\u7B2C\u4E00\u8282\uFF08\u7126\u4F5C\u4E3A\u5C45\u4F4F\u5730\u7533\u529E\u4F4E\u4FDD\u7B49\u793E\u4F1A\u6551\u52A9\u8BD5\u70B9\u5E02\uFF09",
                    fact: "residesInJiaozuo",
                    operator: "equal",
                    value: true
                  },
                  {
                    name: "resident_long_enough",
                    basis: "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u4E94\u6761\u7B2C\u4E09\u6B3E\uFF08\u6301\u6709\u5C45\u4F4F\u8BC1\u4EBA\u5458\u5728\u5C45\u4F4F\u5730\u7533\u529E\uFF09\uFF1B\u89C4\u5212 \u7B2C\u4E00\u7AE0\u7B2C\u4E00\u8282\uFF08\u7126\u4F5C\u4E3A\u5C45\u4F4F\u5730\u7533\u529E\u4F4E\u4FDD\u7B49\u793E\u4F1A\u6551\u52A9\u8BD5\u70B9\u5E02\uFF09\uFF1B\u5C45\u4F4F\u5E74\u9650\u7126\u4F5C\u5E02\u672A\u516C\u5E03\uFF08\u5360\u4F4D\u53C2\u6570 social_assistance.residence_min_years\uFF09",
                    fact: "yearsInJiaozuo",
                    operator: "greaterThanInclusive",
                    value: { fact: "param:social_assistance.residence_min_years" }
                  }
                ]
              }
            ]
          },
          {
            name: "income_not_below_dibao",
            basis: "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u516B\u6761\u7B2C\u4E8C\u6B3E\uFF08\u4E0D\u7B26\u5408\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u6761\u4EF6\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E5D\u6761",
            fact: "incomePerCapitaMonthly",
            operator: "greaterThanInclusive",
            value: { fact: "dibaoStandardMonthly" }
          },
          {
            name: "income_below_line",
            basis: "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u516B\u6761\u7B2C\u4E8C\u6B3E\uFF08\u4F4E\u4E8E\u5F53\u5730\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u6807\u51C61.5\u500D\uFF0C2021-07-01\u8D77\uFF1B\u6B64\u524D\u4E3A\u5360\u4F4D\u53C2\u6570 low_income.multiple_of_dibao\uFF09",
            fact: "incomePerCapitaMonthly",
            operator: "lessThan",
            value: { fact: "lowIncomeLineMonthly" }
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\uFF08\u4F4E\u6536\u5165\u5BB6\u5EAD\uFF09\u8BA4\u5B9A",
      summary: "\u4E0D\u5C5E\u4E8E\u4F4E\u4FDD\u3001\u7279\u56F0\uFF0C\u5BB6\u5EAD\u4EBA\u5747\u6536\u5165\u9AD8\u4E8E\u4F4E\u4FDD\u6807\u51C6\u3001\u4F46\u4F4E\u4E8E\u4F4E\u4FDD\u6807\u51C6\u76841.5\u500D\u7684\u5BB6\u5EAD\uFF0C\u53EF\u8BA4\u5B9A\u4E3A\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\uFF0C\u4EAB\u53D7\u533B\u7597\u3001\u6559\u80B2\u3001\u4F4F\u623F\u7B49\u4E13\u9879\u6551\u52A9\u3002",
      conditions: {
        already_holds: "\u5DF2\u8BA4\u5B9A\u4E3A\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD",
        not_dibao: "\u76EE\u524D\u4E0D\u4EAB\u53D7\u4F4E\u4FDD",
        not_tekun: "\u5BB6\u4E2D\u65E0\u7279\u56F0\u4F9B\u517B\u4EBA\u5458",
        hukou_local: "\u6237\u7C4D\u5728\u7126\u4F5C\u5E02",
        resident_long_enough: "\u5728\u7126\u4F5C\u5C45\u4F4F\u6EE1\u89C4\u5B9A\u5E74\u9650\uFF08\u5C45\u4F4F\u5730\u7533\u529E\uFF09",
        income_not_below_dibao: "\u5BB6\u5EAD\u4EBA\u5747\u6708\u6536\u5165\u4E0D\u4F4E\u4E8E\u4F4E\u4FDD\u6807\u51C6\uFF08\u4F4E\u4E8E\u7684\u8BF7\u7533\u8BF7\u4F4E\u4FDD\uFF09",
        income_below_line: "\u5BB6\u5EAD\u4EBA\u5747\u6708\u6536\u5165\u4F4E\u4E8E\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\u6536\u5165\u6807\u51C6",
        resides_in_jiaozuo: "\u5E38\u4F4F\u7126\u4F5C"
      },
      window: { assets: "\u5BB6\u5EAD\u8D22\u4EA7\u72B6\u51B5\u7531\u7A97\u53E3\u901A\u8FC7\u7ECF\u6D4E\u72B6\u51B5\u4FE1\u606F\u6838\u5BF9\u786E\u8BA4" }
    },
    en: {
      name: "low-income (near-dibao) household status",
      summary: "Households not on dibao or \u7279\u56F0 support whose per-capita income is above the dibao standard but below 1.5 times it can be recognised as low-income, which opens medical, education and housing assistance.",
      conditions: {
        already_holds: "already recognised as a low-income household",
        not_dibao: "not currently receiving dibao",
        not_tekun: "no member receives extreme-poverty (\u7279\u56F0) support",
        hukou_local: "hukou registered in Jiaozuo",
        resident_long_enough: "has lived in Jiaozuo for the required time (residence-based application)",
        income_not_below_dibao: "per-capita monthly income not below the dibao standard (below it, apply for dibao instead)",
        income_below_line: "per-capita monthly income below the low-income line",
        resides_in_jiaozuo: "lives in Jiaozuo"
      },
      window: { assets: "household assets are checked at the window through the household-finances check" }
    }
  }
};

// rules/maternal-health-checks.json
var maternal_health_checks_default = {
  id: "maternal-health-checks",
  tier: "B",
  scope: "member",
  effective: {
    from: "2020-06-01"
  },
  department: "primary_health",
  documents: ["resident_id_card", "maternal_child_handbook"],
  citation: {
    chapter: "\u7B2C\u4E09\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u6269\u5927\u4F18\u5B55\u4F18\u751F\u670D\u52A1",
    quote: "\u4E3A\u57CE\u4E61\u7B26\u5408\u6761\u4EF6\u7684\u5B55\u4EA7\u5987\u514D\u8D39\u63D0\u4F9B\u5B55\u65E9\u671F\u5065\u5EB7\u68C0\u67E5\u3001\u4EA7\u540E\u8BBF\u89C6\u7B49\u670D\u52A1,\u5B9E\u65BD\u9884\u9632\u51FA\u751F\u7F3A\u9677\u514D\u8D39\u4EA7\u524D\u7B5B\u67E5\u3001\u65B0\u751F\u513F\u75BE\u75C5\u7B5B\u67E5\u53CA\u4EA7\u524D\u8BCA\u65AD,\u4E3A\u80B2\u9F84\u592B\u5987\u514D\u8D39\u63D0\u4F9B\u57FA\u672C\u907F\u5B55\u8282\u80B2\u670D\u52A1\u3002",
    also: [
      "\u6CB3\u5357\u7701\u6BCD\u5A74\u4FDD\u5065\u6761\u4F8B \u7B2C\u5341\u56DB\u6761\uFF08\u6309\u670D\u52A1\u533A\u57DF\u5BF9\u5B55\u4EA7\u5987\u63D0\u4F9B\u533B\u7597\u4FDD\u5065\u670D\u52A1\uFF09",
      "\u57FA\u672C\u533B\u7597\u536B\u751F\u4E0E\u5065\u5EB7\u4FC3\u8FDB\u6CD5 \u7B2C\u5341\u4E94\u6761\uFF08\u57FA\u672C\u516C\u5171\u536B\u751F\u670D\u52A1\u7531\u56FD\u5BB6\u514D\u8D39\u63D0\u4F9B\uFF09\u3001\u7B2C\u4E8C\u5341\u56DB\u6761\uFF08\u5B55\u4EA7\u671F\u4FDD\u5065\uFF09\u3001\u7B2C\u4E00\u767E\u4E00\u5341\u6761\uFF08\u81EA2020\u5E746\u67081\u65E5\u8D77\u65BD\u884C\uFF09",
      "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E09\u5341\u4E94\u6761\u3001\u7B2C\u4E09\u5341\u4E03\u6761"
    ]
  },
  conditions: {
    all: [
      {
        any: [
          {
            name: "pregnant",
            fact: "pregnant",
            operator: "equal",
            value: true,
            basis: "\u6CB3\u5357\u7701\u6BCD\u5A74\u4FDD\u5065\u6761\u4F8B \u7B2C\u5341\u56DB\u6761\uFF08\u5BF9\u5B55\u4EA7\u5987\u63D0\u4F9B\u533B\u7597\u4FDD\u5065\u670D\u52A1\uFF09\uFF1B\u57FA\u672C\u533B\u7597\u536B\u751F\u4E0E\u5065\u5EB7\u4FC3\u8FDB\u6CD5 \u7B2C\u4E8C\u5341\u56DB\u6761\u7B2C\u4E8C\u6B3E\uFF08\u5B55\u4EA7\u671F\u4FDD\u5065\uFF09\u3001\u7B2C\u5341\u4E94\u6761\uFF08\u514D\u8D39\uFF09"
          },
          {
            name: "postpartum",
            fact: "postpartum",
            operator: "equal",
            value: true,
            basis: "\u6CB3\u5357\u7701\u6BCD\u5A74\u4FDD\u5065\u6761\u4F8B \u7B2C\u5341\u56DB\u6761\uFF08\u5B55\u4EA7\u5987\uFF09\uFF1B\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E09\u5341\u4E03\u6761\uFF08\u5B55\u4EA7\u671F\u4FDD\u5065\u670D\u52A1\uFF09\uFF1Bthe plan \u7B2C\u4E09\u7AE0 \u7B2C\u4E00\u8282 (\u4EA7\u540E\u8BBF\u89C6)"
          }
        ]
      },
      {
        name: "resides_in_jiaozuo",
        fact: "residesInJiaozuo",
        operator: "equal",
        value: true,
        basis: "\u6CB3\u5357\u7701\u6BCD\u5A74\u4FDD\u5065\u6761\u4F8B \u7B2C\u5341\u56DB\u6761\uFF08\u6309\u7167\u5F53\u5730\u536B\u751F\u884C\u653F\u90E8\u95E8\u5212\u5B9A\u7684\u670D\u52A1\u533A\u57DF\uFF09\uFF1B\u57FA\u672C\u533B\u7597\u536B\u751F\u4E0E\u5065\u5EB7\u4FC3\u8FDB\u6CD5 \u7B2C\u5341\u516B\u6761"
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u5B55\u65E9\u671F\u5065\u5EB7\u68C0\u67E5\u548C\u4EA7\u540E\u8BBF\u89C6",
      summary: "\u5C45\u4F4F\u5728\u7126\u4F5C\u7684\u5B55\u4EA7\u5987\u514D\u8D39\u5EFA\u7ACB\u300A\u6BCD\u5B50\u5065\u5EB7\u624B\u518C\u300B\uFF0C\u63A5\u53D7\u5B55\u65E9\u671F\u5065\u5EB7\u68C0\u67E5\u548C\u5B55\u671F\u5065\u5EB7\u7BA1\u7406\uFF0C\u4EA7\u540E\u7531\u4E61\u9547\u536B\u751F\u9662\u6216\u793E\u533A\u536B\u751F\u670D\u52A1\u4E2D\u5FC3\u4E0A\u95E8\u8BBF\u89C6\uFF0C\u4EA7\u540E42\u5929\u505A\u5065\u5EB7\u68C0\u67E5\u3002",
      conditions: {
        pregnant: "\u6B63\u5728\u6000\u5B55",
        postpartum: "\u4EA7\u540E42\u5929\u5185",
        resides_in_jiaozuo: "\u5C45\u4F4F\u5728\u7126\u4F5C\uFF08\u6309\u5C45\u4F4F\u5730\u670D\u52A1\u533A\u57DF\u63D0\u4F9B\uFF0C\u4E0D\u8BBA\u6237\u7C4D\uFF09"
      }
    },
    en: {
      name: "early-pregnancy checks and postnatal visits",
      summary: "Pregnant women and new mothers living in Jiaozuo get a free maternal and child health handbook, an early-pregnancy check and pregnancy care, a home visit after the birth by the township health centre or community health service centre, and a check at 42 days.",
      conditions: {
        pregnant: "is pregnant",
        postpartum: "gave birth in the last 42 days",
        resides_in_jiaozuo: "lives in Jiaozuo (served where the family lives, whatever the hukou)"
      }
    }
  }
};

// rules/medical-assistance.json
var medical_assistance_default = {
  id: "medical-assistance",
  tier: "B",
  scope: "member",
  effective: {
    from: "2019-03-02"
  },
  department: "medical_security",
  documents: ["application_form", "resident_id_card", "dibao_certificate", "medical_bills"],
  citation: {
    chapter: "\u7B2C\u516D\u7AE0",
    section: "\u7B2C\u4E8C\u8282",
    lead: "\u5B8C\u5584\u591A\u5C42\u6B21\u533B\u7597\u4FDD\u9669\u4F53\u7CFB",
    quote: "\u5065\u5168\u91CD\u5927\u75BE\u75C5\u533B\u7597\u4FDD\u9669\u548C\u533B\u7597\u6551\u52A9\u5236\u5EA6\u3002",
    also: ["\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E8C\u5341\u4E03\u6761\u81F3\u7B2C\u4E09\u5341\u4E00\u6761", "\u5173\u4E8E\u52A0\u5F3A\u4F4E\u6536\u5165\u4EBA\u53E3\u52A8\u6001\u76D1\u6D4B\u505A\u597D\u5206\u5C42\u5206\u7C7B\u793E\u4F1A\u6551\u52A9\u5DE5\u4F5C\u7684\u610F\u89C1 \u56DB(\u4E8C)1\uFF08parameters.md \xA710.1\uFF09"]
  },
  verifiedAtWindow: ["costs"],
  conditions: {
    all: [
      {
        any: [
          {
            name: "holds_dibao",
            fact: "holdsDibao",
            operator: "equal",
            value: true,
            basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E8C\u5341\u516B\u6761\uFF08\u4E00\uFF09\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BB6\u5EAD\u6210\u5458"
          },
          {
            name: "holds_tekun",
            fact: "holdsTekun",
            operator: "equal",
            value: true,
            basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E8C\u5341\u516B\u6761\uFF08\u4E8C\uFF09\u7279\u56F0\u4F9B\u517B\u4EBA\u5458"
          },
          {
            name: "holds_low_income",
            fact: "holdsLowIncome",
            operator: "equal",
            value: true,
            basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E8C\u5341\u516B\u6761\uFF08\u4E09\uFF09\u53BF\u7EA7\u4EE5\u4E0A\u4EBA\u6C11\u653F\u5E9C\u89C4\u5B9A\u7684\u5176\u4ED6\u7279\u6B8A\u56F0\u96BE\u4EBA\u5458; parameters.md \xA710.1 (FC39 \u56DB(\u4E8C)1: \u4F4E\u4FDD\u8FB9\u7F18 families are \u533B\u7597\u6551\u52A9 recipients, M)"
          },
          {
            all: [
              {
                name: "costs_beyond_means",
                fact: "highMedicalCosts",
                operator: "equal",
                value: true,
                basis: "parameters.md \xA710.1 (FC39 \u56DB(\u4E8C)1: \u521A\u6027\u652F\u51FA\u56F0\u96BE families); \u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E8C\u5341\u516B\u6761\uFF08\u4E09\uFF09"
              },
              {
                name: "other_hardship_local_rule",
                fact: "checkedAtWindow",
                operator: "equal",
                value: true,
                basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E8C\u5341\u516B\u6761\uFF08\u4E09\uFF09\uFF08\u53BF\u7EA7\u4EE5\u4E0A\u4EBA\u6C11\u653F\u5E9C\u89C4\u5B9A\u7684\u5176\u4ED6\u7279\u6B8A\u56F0\u96BE\u4EBA\u5458\uFF09: who else counts is a local rule, not published; the window decides"
              }
            ]
          }
        ]
      },
      {
        any: [
          {
            name: "high_medical_costs",
            fact: "highMedicalCosts",
            operator: "equal",
            value: true,
            basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E8C\u5341\u4E5D\u6761\uFF08\u4E8C\uFF09\uFF08\u7ECF\u57FA\u672C\u533B\u7597\u4FDD\u9669\u3001\u5927\u75C5\u4FDD\u9669\u548C\u5176\u4ED6\u8865\u5145\u533B\u7597\u4FDD\u9669\u652F\u4ED8\u540E\uFF0C\u4E2A\u4EBA\u53CA\u5176\u5BB6\u5EAD\u96BE\u4EE5\u627F\u62C5\u7684\u7B26\u5408\u89C4\u5B9A\u7684\u57FA\u672C\u533B\u7597\u81EA\u8D1F\u8D39\u7528\uFF09"
          },
          {
            name: "serious_illness",
            fact: "seriousIllness",
            operator: "equal",
            value: true,
            basis: "parameters.md \xA710.1 (inpatient and long-term outpatient costs of chronic or serious illness); the plan \u7B2C\u516D\u7AE0 \u7B2C\u4E8C\u8282 (\u5065\u5168\u91CD\u5927\u75BE\u75C5\u533B\u7597\u4FDD\u9669\u548C\u533B\u7597\u6551\u52A9\u5236\u5EA6)"
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u533B\u7597\u6551\u52A9",
      summary: "\u4F4E\u4FDD\u5BB6\u5EAD\u6210\u5458\u3001\u7279\u56F0\u4EBA\u5458\u4EE5\u53CA\u5F53\u5730\u89C4\u5B9A\u7684\u5176\u4ED6\u56F0\u96BE\u4EBA\u5458\uFF08\u5982\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\u6210\u5458\uFF09\uFF0C\u770B\u75C5\u7ECF\u57FA\u672C\u533B\u4FDD\u3001\u5927\u75C5\u4FDD\u9669\u7B49\u62A5\u9500\u540E\u4E2A\u4EBA\u8D1F\u62C5\u4ECD\u7136\u8F83\u91CD\u7684\uFF0C\u53EF\u83B7\u5F97\u533B\u7597\u6551\u52A9\u8865\u52A9\u3002\u4F4E\u4FDD\u3001\u7279\u56F0\u4EBA\u5458\u7531\u53BF\u7EA7\u533B\u7597\u4FDD\u969C\u90E8\u95E8\u76F4\u63A5\u529E\u7406\uFF0C\u4E00\u822C\u5728\u7ED3\u7B97\u65F6\u201C\u4E00\u7AD9\u5F0F\u201D\u51CF\u514D\uFF1B\u5176\u4ED6\u4EBA\u5458\u5411\u4E61\u9547\u4EBA\u6C11\u653F\u5E9C\uFF08\u8857\u9053\u529E\u4E8B\u5904\uFF09\u7533\u8BF7\u3002",
      conditions: {
        holds_dibao: "\u5BB6\u5EAD\u4EAB\u53D7\u4F4E\u4FDD",
        holds_tekun: "\u672C\u4EBA\u4EAB\u53D7\u7279\u56F0\u4EBA\u5458\u6551\u52A9\u4F9B\u517B",
        holds_low_income: "\u5BB6\u5EAD\u4E3A\u4F4E\u4FDD\u8FB9\u7F18\uFF08\u4F4E\u6536\u5165\uFF09\u5BB6\u5EAD",
        costs_beyond_means: "\u533B\u7597\u8D39\u7528\u652F\u51FA\u8FC7\u5927\u3001\u5BB6\u5EAD\u96BE\u4EE5\u627F\u62C5\uFF08\u521A\u6027\u652F\u51FA\u56F0\u96BE\uFF09",
        other_hardship_local_rule: "\u662F\u5426\u5C5E\u4E8E\u5F53\u5730\u89C4\u5B9A\u7684\u5176\u4ED6\u7279\u6B8A\u56F0\u96BE\u4EBA\u5458\uFF0C\u7531\u7A97\u53E3\u8BA4\u5B9A",
        high_medical_costs: "\u4ECA\u5E74\u6709\u533B\u4FDD\u62A5\u9500\u540E\u4ECD\u96BE\u4EE5\u627F\u62C5\u7684\u5927\u989D\u533B\u7597\u8D39\u7528",
        serious_illness: "\u60A3\u6709\u91CD\u7279\u5927\u75BE\u75C5"
      },
      window: {
        costs: "\u6551\u52A9\u6BD4\u4F8B\u548C\u5E74\u5EA6\u9650\u989D\u6309\u5F53\u5730\u89C4\u5B9A\uFF08\u7126\u4F5C\u6807\u51C6\u672A\u67E5\u5230\uFF09\uFF0C\u4EE5\u533B\u4FDD\u62A5\u9500\u540E\u7684\u81EA\u4ED8\u8D39\u7528\u6838\u5B9A\u3002"
      },
      amountNote: "\u6309\u533B\u4FDD\u62A5\u9500\u540E\u81EA\u4ED8\u8D39\u7528\u7684\u4E00\u5B9A\u6BD4\u4F8B\u6551\u52A9\uFF0C\u8BBE\u5E74\u5EA6\u9650\u989D\uFF1B\u6BD4\u4F8B\u548C\u9650\u989D\u7531\u7A97\u53E3\u786E\u5B9A"
    },
    en: {
      name: "medical assistance",
      summary: "Members of dibao households, people supported as \u7279\u56F0 and other people in hardship named by local rules (such as members of low-income households) get help with medical costs that remain heavy after basic medical insurance and critical-illness insurance. For dibao and \u7279\u56F0 recipients the county medical-security bureau handles it directly, usually at the hospital's bill; others apply to the township or sub-district office.",
      conditions: {
        holds_dibao: "the household receives dibao",
        holds_tekun: "receives extreme-poverty (\u7279\u56F0) support",
        holds_low_income: "the household is a low-income (\u4F4E\u4FDD\u8FB9\u7F18) household",
        costs_beyond_means: "medical costs the household cannot bear (essential-spending hardship)",
        other_hardship_local_rule: "whether the person counts among the other people in hardship named by local rules is decided at the window",
        high_medical_costs: "has large medical costs this year that insurance does not cover",
        serious_illness: "has a serious or catastrophic illness"
      },
      window: {
        costs: "The share paid and the yearly cap follow local rules (Jiaozuo's were not found) and are assessed on the costs left after insurance."
      },
      amountNote: "a share of the costs left after insurance, up to a yearly cap; the window sets both"
    }
  }
};

// rules/medical-insurance-premium-aid.json
var medical_insurance_premium_aid_default = {
  id: "medical-insurance-premium-aid",
  tier: "B",
  scope: "member",
  effective: {
    from: "2018-12-29"
  },
  department: "medical_security",
  documents: ["resident_id_card", "hukou_booklet", "dibao_certificate", "disability_certificate"],
  citation: {
    chapter: "\u7B2C\u4E5D\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u5B8C\u5584\u57FA\u672C\u533B\u7597\u4FDD\u9669\u5236\u5EA6",
    quote: "\u52A0\u5F3A\u91CD\u70B9\u4EBA\u7FA4\u53C2\u4FDD\u7F34\u8D39\u670D\u52A1,\u53D6\u6D88\u53C2\u4FDD\u9650\u5236,\u7CBE\u51C6\u9501\u5B9A\u672A\u53C2\u4FDD\u4EBA\u7FA4,\u5B9E\u73B0\u57FA\u672C\u533B\u7597\u4FDD\u9669\u5E94\u4FDD\u5C3D\u4FDD\u3002",
    also: [
      "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u4E8C\u5341\u4E94\u6761",
      "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E8C\u5341\u4E5D\u6761\uFF08\u4E00\uFF09",
      "\u5173\u4E8E\u52A0\u5F3A\u4F4E\u6536\u5165\u4EBA\u53E3\u52A8\u6001\u76D1\u6D4B\u505A\u597D\u5206\u5C42\u5206\u7C7B\u793E\u4F1A\u6551\u52A9\u5DE5\u4F5C\u7684\u610F\u89C1 \u56DB(\u4E8C)1\uFF08parameters.md \xA710.1\uFF09"
    ]
  },
  verifiedAtWindow: ["subsidy"],
  conditions: {
    all: [
      {
        name: "resident_scheme",
        fact: "medicalInsurance",
        operator: "in",
        value: ["resident", "none"],
        basis: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u57CE\u9547\u5C45\u6C11\u57FA\u672C\u533B\u7597\u4FDD\u9669\u2026\u4E2A\u4EBA\u7F34\u8D39\u90E8\u5206\uFF0C\u7531\u653F\u5E9C\u7ED9\u4E88\u8865\u8D34\uFF09; \u7B2C\u4E8C\u5341\u4E09\u6761 (employees are in the employee scheme, paid with the employer)"
      },
      {
        any: [
          {
            name: "holds_tekun",
            fact: "holdsTekun",
            operator: "equal",
            value: true,
            basis: "parameters.md \xA710.1 (\u7279\u56F0: resident premium paid in full); \u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E8C\u5341\u4E5D\u6761\uFF08\u4E00\uFF09"
          },
          {
            name: "holds_dibao",
            fact: "holdsDibao",
            operator: "equal",
            value: true,
            basis: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u4EAB\u53D7\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u7684\u4EBA\uFF09; \u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E8C\u5341\u4E5D\u6761\uFF08\u4E00\uFF09"
          },
          {
            all: [
              {
                name: "disability_certificate",
                fact: "hasDisabilityCertificate",
                operator: "equal",
                value: true,
                basis: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u4E27\u5931\u52B3\u52A8\u80FD\u529B\u7684\u6B8B\u75BE\u4EBA\uFF09"
              },
              {
                name: "no_work_capacity",
                fact: "employment",
                operator: "equal",
                value: "unable",
                basis: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u4E27\u5931\u52B3\u52A8\u80FD\u529B\u7684\u6B8B\u75BE\u4EBA\uFF09"
              }
            ]
          },
          {
            all: [
              {
                name: "holds_low_income",
                fact: "holdsLowIncome",
                operator: "equal",
                value: true,
                basis: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u4F4E\u6536\u5165\u5BB6\u5EAD\uFF09; parameters.md \xA710.1"
              },
              {
                any: [
                  {
                    name: "elderly",
                    fact: "age",
                    operator: "greaterThanInclusive",
                    value: {
                      fact: "param:medical_premium_aid.elderly_min_age"
                    },
                    basis: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u4F4E\u6536\u5165\u5BB6\u5EAD\u516D\u5341\u5468\u5C81\u4EE5\u4E0A\u7684\u8001\u5E74\u4EBA\uFF09"
                  },
                  {
                    name: "minor",
                    fact: "age",
                    operator: "lessThan",
                    value: {
                      fact: "param:general.adult_age"
                    },
                    basis: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u4F4E\u6536\u5165\u5BB6\u5EAD\u2026\u672A\u6210\u5E74\u4EBA\uFF09; \u6CB3\u5357\u7701\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u6761\u4F8B \u7B2C\u4E8C\u6761"
                  },
                  {
                    name: "other_low_income_local_rule",
                    fact: "checkedAtWindow",
                    operator: "equal",
                    value: true,
                    basis: "parameters.md \xA710.1 (FC39 \u56DB(\u4E8C)1: \u4F4E\u4FDD and other eligible low-income people get a fixed partial subsidy; who is eligible is a local rule, UNVERIFIED for Henan)"
                  }
                ]
              }
            ]
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u57CE\u4E61\u5C45\u6C11\u533B\u4FDD\u53C2\u4FDD\u8D44\u52A9",
      summary: "\u7279\u56F0\u4EBA\u5458\u53C2\u52A0\u57CE\u4E61\u5C45\u6C11\u57FA\u672C\u533B\u7597\u4FDD\u9669\u7684\u4E2A\u4EBA\u7F34\u8D39\u7531\u653F\u5E9C\u5168\u989D\u8D44\u52A9\uFF1B\u4F4E\u4FDD\u5BF9\u8C61\u3001\u4E27\u5931\u52B3\u52A8\u80FD\u529B\u7684\u6B8B\u75BE\u4EBA\u3001\u4F4E\u6536\u5165\u5BB6\u5EAD60\u5468\u5C81\u4EE5\u4E0A\u8001\u5E74\u4EBA\u548C\u672A\u6210\u5E74\u4EBA\u6309\u89C4\u5B9A\u7ED9\u4E88\u8865\u8D34\u3002\u4E00\u822C\u7531\u533B\u4FDD\u90E8\u95E8\u6839\u636E\u6C11\u653F\u3001\u6B8B\u8054\u7684\u540D\u5355\u76F4\u63A5\u8D44\u52A9\uFF0C\u65E0\u9700\u5355\u72EC\u7533\u8BF7\u3002",
      conditions: {
        resident_scheme: "\u53C2\u52A0\u6216\u5E94\u53C2\u52A0\u57CE\u4E61\u5C45\u6C11\u533B\u4FDD\uFF08\u672A\u53C2\u52A0\u804C\u5DE5\u533B\u4FDD\uFF09",
        holds_tekun: "\u672C\u4EBA\u4EAB\u53D7\u7279\u56F0\u4EBA\u5458\u6551\u52A9\u4F9B\u517B\uFF08\u4E2A\u4EBA\u7F34\u8D39\u5168\u989D\u8D44\u52A9\uFF09",
        holds_dibao: "\u5BB6\u5EAD\u4EAB\u53D7\u4F4E\u4FDD",
        disability_certificate: "\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1",
        no_work_capacity: "\u4E27\u5931\u52B3\u52A8\u80FD\u529B",
        holds_low_income: "\u5BB6\u5EAD\u4E3A\u4F4E\u4FDD\u8FB9\u7F18\uFF08\u4F4E\u6536\u5165\uFF09\u5BB6\u5EAD",
        elderly: "\u5E74\u6EE160\u5468\u5C81",
        minor: "\u672A\u6EE118\u5468\u5C81",
        other_low_income_local_rule: "\u4F4E\u6536\u5165\u5BB6\u5EAD\u5176\u4ED6\u6210\u5458\u662F\u5426\u6309\u5F53\u5730\u89C4\u5B9A\u7ED9\u4E88\u5B9A\u989D\u8D44\u52A9\uFF0C\u7531\u7A97\u53E3\u786E\u8BA4"
      },
      window: {
        subsidy: "\u4F4E\u4FDD\u7B49\u4EBA\u5458\u7684\u5B9A\u989D\u8D44\u52A9\u6807\u51C6\u6309\u5F53\u5E74\u6CB3\u5357\u7701\u89C4\u5B9A\uFF08\u672A\u67E5\u5230\u5177\u4F53\u91D1\u989D\uFF09\uFF0C\u7531\u533B\u4FDD\u90E8\u95E8\u6838\u5B9A\u3002"
      },
      amountNote: "\u7279\u56F0\u4EBA\u5458\u4E2A\u4EBA\u7F34\u8D39\u5168\u989D\u8D44\u52A9\uFF1B\u5176\u4ED6\u4EBA\u5458\u5B9A\u989D\u8D44\u52A9\uFF0C\u91D1\u989D\u7531\u7A97\u53E3\u786E\u5B9A"
    },
    en: {
      name: "resident medical-insurance premium aid",
      summary: "The government pays the whole individual premium of resident basic medical insurance for people supported as \u7279\u56F0, and part of it for dibao recipients, disabled people who cannot work, and members of low-income households aged 60 or over or under 18. The medical-security bureau usually pays it from the civil-affairs and disability lists, without a separate application.",
      conditions: {
        resident_scheme: "is in (or should join) resident medical insurance, not employee insurance",
        holds_tekun: "receives extreme-poverty (\u7279\u56F0) support (premium paid in full)",
        holds_dibao: "the household receives dibao",
        disability_certificate: "holds a disability certificate",
        no_work_capacity: "has no capacity to work",
        holds_low_income: "the household is a low-income (\u4F4E\u4FDD\u8FB9\u7F18) household",
        elderly: "aged 60 or over",
        minor: "under 18",
        other_low_income_local_rule: "whether other members of low-income households get a fixed subsidy under local rules is confirmed at the window"
      },
      window: {
        subsidy: "The fixed subsidy for dibao and other recipients follows Henan's rule for the year (amount not found) and is set by the medical-security bureau."
      },
      amountNote: "the whole premium for \u7279\u56F0; a fixed part for the others, set at the window"
    }
  }
};

// rules/migrant-children-schooling.json
var migrant_children_schooling_default = {
  id: "migrant-children-schooling",
  tier: "B",
  scope: "member",
  effective: {
    from: "2018-12-29"
  },
  department: "education_enrolment",
  documents: ["hukou_booklet", "resident_id_card", "residence_permit", "employment_proof", "student_status_proof"],
  citation: {
    chapter: "\u7B2C\u56DB\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u4FDD\u969C\u6559\u80B2\u57FA\u672C\u516C\u5171\u670D\u52A1",
    quote: "\u6539\u9769\u8FDB\u57CE\u52A1\u5DE5\u4EBA\u5458\u968F\u8FC1\u5B50\u5973\u5C31\u5B66\u673A\u5236,\u5B8C\u5584\u7279\u6B8A\u6559\u80B2\u548C\u4E13\u95E8\u6559\u80B2\u4FDD\u969C\u673A\u5236\u3002",
    also: [
      "\u4E49\u52A1\u6559\u80B2\u6CD5 \u7B2C\u5341\u4E8C\u6761\u7B2C\u4E8C\u6B3E\uFF08\u7236\u6BCD\u6216\u8005\u5176\u4ED6\u6CD5\u5B9A\u76D1\u62A4\u4EBA\u5728\u975E\u6237\u7C4D\u6240\u5728\u5730\u5DE5\u4F5C\u6216\u8005\u5C45\u4F4F\u7684\u9002\u9F84\u513F\u7AE5\u3001\u5C11\u5E74\uFF0C\u5728\u5176\u7236\u6BCD\u6216\u8005\u5176\u4ED6\u6CD5\u5B9A\u76D1\u62A4\u4EBA\u5DE5\u4F5C\u6216\u8005\u5C45\u4F4F\u5730\u63A5\u53D7\u4E49\u52A1\u6559\u80B2\u7684\uFF0C\u5F53\u5730\u4EBA\u6C11\u653F\u5E9C\u5E94\u5F53\u4E3A\u5176\u63D0\u4F9B\u5E73\u7B49\u63A5\u53D7\u4E49\u52A1\u6559\u80B2\u7684\u6761\u4EF6\uFF09",
      "\u4E49\u52A1\u6559\u80B2\u6CD5 \u7B2C\u5341\u4E00\u6761\uFF08\u51E1\u5E74\u6EE1\u516D\u5468\u5C81\u7684\u513F\u7AE5\uFF0C\u5176\u7236\u6BCD\u6216\u8005\u5176\u4ED6\u6CD5\u5B9A\u76D1\u62A4\u4EBA\u5E94\u5F53\u9001\u5176\u5165\u5B66\u63A5\u53D7\u5E76\u5B8C\u6210\u4E49\u52A1\u6559\u80B2\uFF09",
      "\u4E49\u52A1\u6559\u80B2\u6CD5 \u7B2C\u4E8C\u6761\uFF08\u4E49\u52A1\u6559\u80B2\u4E0D\u6536\u5B66\u8D39\u3001\u6742\u8D39\uFF09",
      "parameters.md \xA710.4\uFF08\u7126\u4F5C\u968F\u8FC1\u5B50\u5973\u5165\u5B66\u5177\u4F53\u529E\u6CD5\u672A\u627E\u5230\uFF09"
    ]
  },
  verifiedAtWindow: ["admission_documents"],
  conditions: {
    all: [
      {
        name: "school_entry_age",
        fact: "age",
        operator: "greaterThanInclusive",
        value: {
          fact: "param:migrant_children.entry_age"
        },
        basis: "\u4E49\u52A1\u6559\u80B2\u6CD5 \u7B2C\u5341\u4E00\u6761\uFF08\u51E1\u5E74\u6EE1\u516D\u5468\u5C81\u7684\u513F\u7AE5\uFF0C\u5176\u7236\u6BCD\u6216\u8005\u5176\u4ED6\u6CD5\u5B9A\u76D1\u62A4\u4EBA\u5E94\u5F53\u9001\u5176\u5165\u5B66\u63A5\u53D7\u5E76\u5B8C\u6210\u4E49\u52A1\u6559\u80B2\uFF09"
      },
      {
        name: "still_a_minor",
        fact: "age",
        operator: "lessThan",
        value: {
          fact: "param:general.adult_age"
        },
        basis: "\u4E49\u52A1\u6559\u80B2\u6CD5 \u7B2C\u5341\u4E00\u6761\uFF08\u51E1\u5E74\u6EE1\u516D\u5468\u5C81\u7684\u513F\u7AE5\uFF0C\u5176\u7236\u6BCD\u6216\u8005\u5176\u4ED6\u6CD5\u5B9A\u76D1\u62A4\u4EBA\u5E94\u5F53\u9001\u5176\u5165\u5B66\u63A5\u53D7\u5E76\u5B8C\u6210\u4E49\u52A1\u6559\u80B2\uFF09\uFF1B\u9002\u9F84\u513F\u7AE5\u3001\u5C11\u5E74\u4EE5\u672A\u6210\u5E74\u4E3A\u9650\uFF08\u6CB3\u5357\u7701\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u6761\u4F8B \u7B2C\u4E8C\u6761\uFF0C\u672A\u6EE1\u5341\u516B\u5468\u5C81\uFF09"
      },
      {
        name: "compulsory_stage",
        fact: "schoolStage",
        operator: "in",
        value: ["none", "kindergarten", "primary", "junior"],
        basis: "\u4E49\u52A1\u6559\u80B2\u6CD5 \u7B2C\u4E8C\u6761\uFF08\u4E5D\u5E74\u4E49\u52A1\u6559\u80B2\uFF1A\u5C0F\u5B66\u3001\u521D\u4E2D\uFF09\uFF1B\u7B2C\u5341\u4E00\u6761\uFF08\u5165\u5B66\uFF09"
      },
      {
        name: "own_hukou_elsewhere",
        fact: "ownHukouInJiaozuo",
        operator: "equal",
        value: false,
        basis: "\u4E49\u52A1\u6559\u80B2\u6CD5 \u7B2C\u5341\u4E8C\u6761\u7B2C\u4E8C\u6B3E\uFF08\u7236\u6BCD\u6216\u8005\u5176\u4ED6\u6CD5\u5B9A\u76D1\u62A4\u4EBA\u5728\u975E\u6237\u7C4D\u6240\u5728\u5730\u5DE5\u4F5C\u6216\u8005\u5C45\u4F4F\u7684\u9002\u9F84\u513F\u7AE5\u3001\u5C11\u5E74\uFF0C\u5728\u5176\u7236\u6BCD\u6216\u8005\u5176\u4ED6\u6CD5\u5B9A\u76D1\u62A4\u4EBA\u5DE5\u4F5C\u6216\u8005\u5C45\u4F4F\u5730\u63A5\u53D7\u4E49\u52A1\u6559\u80B2\u7684\uFF0C\u5F53\u5730\u4EBA\u6C11\u653F\u5E9C\u5E94\u5F53\u4E3A\u5176\u63D0\u4F9B\u5E73\u7B49\u63A5\u53D7\u4E49\u52A1\u6559\u80B2\u7684\u6761\u4EF6\uFF09\uFF08\u975E\u6237\u7C4D\u6240\u5728\u5730\uFF09"
      },
      {
        any: [
          {
            name: "family_permit",
            fact: "familyHasJiaozuoResidencePermit",
            operator: "equal",
            value: true,
            basis: "\u4E49\u52A1\u6559\u80B2\u6CD5 \u7B2C\u5341\u4E8C\u6761\u7B2C\u4E8C\u6B3E\uFF08\u7236\u6BCD\u6216\u8005\u5176\u4ED6\u6CD5\u5B9A\u76D1\u62A4\u4EBA\u5728\u975E\u6237\u7C4D\u6240\u5728\u5730\u5DE5\u4F5C\u6216\u8005\u5C45\u4F4F\u7684\u9002\u9F84\u513F\u7AE5\u3001\u5C11\u5E74\uFF0C\u5728\u5176\u7236\u6BCD\u6216\u8005\u5176\u4ED6\u6CD5\u5B9A\u76D1\u62A4\u4EBA\u5DE5\u4F5C\u6216\u8005\u5C45\u4F4F\u5730\u63A5\u53D7\u4E49\u52A1\u6559\u80B2\u7684\uFF0C\u5F53\u5730\u4EBA\u6C11\u653F\u5E9C\u5E94\u5F53\u4E3A\u5176\u63D0\u4F9B\u5E73\u7B49\u63A5\u53D7\u4E49\u52A1\u6559\u80B2\u7684\u6761\u4EF6\uFF09\uFF08\u5C45\u4F4F\u5730\uFF09\uFF1B\u5C45\u4F4F\u8BC1\u662F\u5728\u5C45\u4F4F\u5730\u4EAB\u53D7\u4E49\u52A1\u6559\u80B2\u7B49\u57FA\u672C\u516C\u5171\u670D\u52A1\u7684\u51ED\u8BC1\uFF0C\u5177\u4F53\u529E\u6CD5\u7531\u7701\u89C4\u5B9A\uFF08\u6CB3\u5357\u529E\u6CD5\u672A\u53D6\u5F97\uFF0Cparameters.md \xA710.4\uFF09"
          },
          {
            all: [
              {
                any: [
                  {
                    name: "family_lives_in_jiaozuo",
                    fact: "residesInJiaozuo",
                    operator: "equal",
                    value: true,
                    basis: "\u4E49\u52A1\u6559\u80B2\u6CD5 \u7B2C\u5341\u4E8C\u6761\u7B2C\u4E8C\u6B3E\uFF08\u7236\u6BCD\u6216\u8005\u5176\u4ED6\u6CD5\u5B9A\u76D1\u62A4\u4EBA\u5728\u975E\u6237\u7C4D\u6240\u5728\u5730\u5DE5\u4F5C\u6216\u8005\u5C45\u4F4F\u7684\u9002\u9F84\u513F\u7AE5\u3001\u5C11\u5E74\uFF0C\u5728\u5176\u7236\u6BCD\u6216\u8005\u5176\u4ED6\u6CD5\u5B9A\u76D1\u62A4\u4EBA\u5DE5\u4F5C\u6216\u8005\u5C45\u4F4F\u5730\u63A5\u53D7\u4E49\u52A1\u6559\u80B2\u7684\uFF0C\u5F53\u5730\u4EBA\u6C11\u653F\u5E9C\u5E94\u5F53\u4E3A\u5176\u63D0\u4F9B\u5E73\u7B49\u63A5\u53D7\u4E49\u52A1\u6559\u80B2\u7684\u6761\u4EF6\uFF09\uFF08\u5C45\u4F4F\u5730\uFF09"
                  },
                  {
                    name: "family_works_in_jiaozuo",
                    fact: "familyWorksInJiaozuo",
                    operator: "equal",
                    value: true,
                    basis: "\u4E49\u52A1\u6559\u80B2\u6CD5 \u7B2C\u5341\u4E8C\u6761\u7B2C\u4E8C\u6B3E\uFF08\u7236\u6BCD\u6216\u8005\u5176\u4ED6\u6CD5\u5B9A\u76D1\u62A4\u4EBA\u5728\u975E\u6237\u7C4D\u6240\u5728\u5730\u5DE5\u4F5C\u6216\u8005\u5C45\u4F4F\u7684\u9002\u9F84\u513F\u7AE5\u3001\u5C11\u5E74\uFF0C\u5728\u5176\u7236\u6BCD\u6216\u8005\u5176\u4ED6\u6CD5\u5B9A\u76D1\u62A4\u4EBA\u5DE5\u4F5C\u6216\u8005\u5C45\u4F4F\u5730\u63A5\u53D7\u4E49\u52A1\u6559\u80B2\u7684\uFF0C\u5F53\u5730\u4EBA\u6C11\u653F\u5E9C\u5E94\u5F53\u4E3A\u5176\u63D0\u4F9B\u5E73\u7B49\u63A5\u53D7\u4E49\u52A1\u6559\u80B2\u7684\u6761\u4EF6\uFF09\uFF08\u5DE5\u4F5C\u5730\uFF09"
                  }
                ]
              },
              {
                name: "other_proof_window",
                fact: "checkedAtWindow",
                operator: "equal",
                value: true,
                basis: "\u4E49\u52A1\u6559\u80B2\u6CD5 \u7B2C\u5341\u4E8C\u6761\u7B2C\u4E8C\u6B3E\uFF08\u7236\u6BCD\u6216\u8005\u5176\u4ED6\u6CD5\u5B9A\u76D1\u62A4\u4EBA\u5728\u975E\u6237\u7C4D\u6240\u5728\u5730\u5DE5\u4F5C\u6216\u8005\u5C45\u4F4F\u7684\u9002\u9F84\u513F\u7AE5\u3001\u5C11\u5E74\uFF0C\u5728\u5176\u7236\u6BCD\u6216\u8005\u5176\u4ED6\u6CD5\u5B9A\u76D1\u62A4\u4EBA\u5DE5\u4F5C\u6216\u8005\u5C45\u4F4F\u5730\u63A5\u53D7\u4E49\u52A1\u6559\u80B2\u7684\uFF0C\u5F53\u5730\u4EBA\u6C11\u653F\u5E9C\u5E94\u5F53\u4E3A\u5176\u63D0\u4F9B\u5E73\u7B49\u63A5\u53D7\u4E49\u52A1\u6559\u80B2\u7684\u6761\u4EF6\uFF09\uFF08\u5177\u4F53\u529E\u6CD5\u7531\u7701\u3001\u81EA\u6CBB\u533A\u3001\u76F4\u8F96\u5E02\u89C4\u5B9A\uFF09\uFF1A\u6CA1\u6709\u5C45\u4F4F\u8BC1\u65F6\uFF0C\u5176\u4ED6\u5DE5\u4F5C\u6216\u5C45\u4F4F\u8BC1\u660E\u662F\u5426\u8DB3\u591F\u7531\u6559\u80B2\u5C40\u6309\u6CB3\u5357\u3001\u7126\u4F5C\u529E\u6CD5\u8BA4\u5B9A\uFF08\u672A\u53D6\u5F97\uFF0Cparameters.md \xA710.4\uFF09"
              }
            ]
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u968F\u8FC1\u5B50\u5973\u5C31\u5B66",
      summary: "\u6237\u7C4D\u4E0D\u5728\u7126\u4F5C\u3001\u968F\u7236\u6BCD\u6216\u5176\u4ED6\u76D1\u62A4\u4EBA\u5728\u7126\u4F5C\u5DE5\u4F5C\u6216\u5C45\u4F4F\u7684\u9002\u9F84\u513F\u7AE5\u5C11\u5E74\uFF0C\u5728\u7126\u4F5C\u63A5\u53D7\u4E49\u52A1\u6559\u80B2\uFF0C\u4E0E\u672C\u5730\u5B66\u751F\u540C\u7B49\u514D\u5B66\u6742\u8D39\u3001\u514D\u8D39\u6559\u79D1\u4E66\u3002\u5165\u5B66\u6309\u7126\u4F5C\u5F53\u5E74\u62DB\u751F\u529E\u6CD5\uFF0C\u4EE5\u5C45\u4F4F\u8BC1\u7B49\u6750\u6599\u7533\u8BF7\u3002",
      conditions: {
        school_entry_age: "\u5E74\u6EE16\u5468\u5C81",
        still_a_minor: "\u672A\u6EE118\u5468\u5C81",
        compulsory_stage: "\u6B63\u5728\u4E0A\u5C0F\u5B66\u3001\u521D\u4E2D\uFF0C\u6216\u5C1A\u672A\u5165\u5B66",
        own_hukou_elsewhere: "\u5B69\u5B50\u672C\u4EBA\u7684\u6237\u7C4D\u4E0D\u5728\u7126\u4F5C",
        family_permit: "\u7236\u6BCD\u6216\u5176\u4ED6\u76D1\u62A4\u4EBA\u6301\u6709\u7126\u4F5C\u5C45\u4F4F\u8BC1",
        family_lives_in_jiaozuo: "\u5BB6\u5EAD\u5728\u7126\u4F5C\u5C45\u4F4F",
        family_works_in_jiaozuo: "\u7236\u6BCD\u6216\u5176\u4ED6\u76D1\u62A4\u4EBA\u5728\u7126\u4F5C\u5DE5\u4F5C",
        other_proof_window: "\u6CA1\u6709\u5C45\u4F4F\u8BC1\u65F6\uFF0C\u5176\u4ED6\u5DE5\u4F5C\u6216\u5C45\u4F4F\u8BC1\u660E\u662F\u5426\u7B26\u5408\u5165\u5B66\u8981\u6C42\uFF0C\u7531\u6559\u80B2\u5C40\u8BA4\u5B9A"
      },
      window: {
        admission_documents: "\u5165\u5B66\u6240\u9700\u6750\u6599\uFF08\u5C45\u4F4F\u8BC1\u3001\u52A1\u5DE5\u6216\u5C45\u4F4F\u8BC1\u660E\u7B49\uFF09\u548C\u5B66\u4F4D\u5B89\u6392\u6309\u7126\u4F5C\u5F53\u5E74\u4E49\u52A1\u6559\u80B2\u62DB\u751F\u529E\u6CD5\uFF0C\u7531\u6559\u80B2\u5C40\u6838\u5B9A"
      }
    },
    en: {
      name: "schooling for children of migrant workers",
      summary: "Children of compulsory-school age whose hukou is outside Jiaozuo and whose parents or guardians work or live in Jiaozuo attend compulsory education here on equal terms with local pupils: no tuition or miscellaneous fees and free textbooks. Admission follows Jiaozuo's yearly enrolment rules, applied for with a residence permit and similar papers.",
      conditions: {
        school_entry_age: "aged 6 or over",
        still_a_minor: "under 18",
        compulsory_stage: "in primary or junior-middle school, or not yet at school",
        own_hukou_elsewhere: "the child's own hukou is outside Jiaozuo",
        family_permit: "a parent or guardian holds a Jiaozuo residence permit",
        family_lives_in_jiaozuo: "the household lives in Jiaozuo",
        family_works_in_jiaozuo: "a parent or guardian works in Jiaozuo",
        other_proof_window: "without a residence permit, whether other proof of work or residence is enough for admission is decided by the education bureau"
      },
      window: {
        admission_documents: "the papers needed (residence permit, proof of work or residence) and the school place follow Jiaozuo's enrolment rules for the year, applied by the education bureau"
      }
    }
  }
};

// rules/nursing-home-care.json
var nursing_home_care_default = {
  id: "nursing-home-care",
  tier: "B",
  scope: "member",
  effective: {
    from: "2022-10-26"
  },
  department: "civil_affairs",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "dibao_certificate"],
  citation: {
    chapter: "\u7B2C\u4E03\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u52A0\u5F3A\u516C\u529E\u517B\u8001\u673A\u6784\u5EFA\u8BBE",
    quote: "\u91CD\u70B9\u4E3A\u57CE\u4E61\u7279\u56F0\u8001\u4EBA\u3001\u4F4E\u4FDD\u5BB6\u5EAD\u4E2D\u7684\u5931\u80FD\u534A\u5931\u80FD\u8001\u4EBA\u63D0\u4F9B\u65E0\u507F\u6216\u4F4E\u6536\u8D39\u7684\u4F9B\u517B\u3001\u62A4\u7406\u670D\u52A1\u3002",
    also: [
      "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u56DB\u6761\u3001\u7B2C\u5341\u4E03\u6761\uFF08\u7279\u56F0\u4EBA\u5458\u53EF\u4EE5\u5728\u5F53\u5730\u7684\u4F9B\u517B\u670D\u52A1\u673A\u6784\u96C6\u4E2D\u4F9B\u517B\uFF09",
      "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E09\u5341\u4E03\u6761\uFF08\u653F\u5E9C\u6295\u8D44\u5174\u529E\u7684\u517B\u8001\u673A\u6784\u4F18\u5148\u4FDD\u969C\u7ECF\u6D4E\u56F0\u96BE\u7684\u5B64\u5BE1\u3001\u5931\u80FD\u3001\u5931\u72EC\u3001\u9AD8\u9F84\u7B49\u8001\u5E74\u4EBA\uFF09\u3001\u7B2C\u4E8C\u5341\u516D\u6761\u7B2C\u4E8C\u6B3E",
      "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E8C\u5341\u4E00\u6761\u3001\u7B2C\u4E8C\u5341\u4E8C\u6761\uFF08\u751F\u6D3B\u81EA\u7406\u80FD\u529B\u8BC4\u4F30\uFF0Cparameters.md \xA710.1\uFF09"
    ]
  },
  verifiedAtWindow: ["care_assessment"],
  conditions: {
    all: [
      {
        name: "elderly",
        fact: "age",
        operator: "greaterThanInclusive",
        value: {
          fact: "param:elderly.min_age"
        },
        basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u6761\uFF08\u8001\u5E74\u4EBA\u662F\u6307\u516D\u5341\u5468\u5C81\u4EE5\u4E0A\u7684\u516C\u6C11\uFF09\uFF1B\u89C4\u5212 \u7B2C\u4E03\u7AE0 \u7B2C\u4E00\u8282\u300C\u52A0\u5F3A\u516C\u529E\u517B\u8001\u673A\u6784\u5EFA\u8BBE\u300D\uFF08\u91CD\u70B9\u4E3A\u57CE\u4E61\u7279\u56F0\u8001\u4EBA\u3001\u4F4E\u4FDD\u5BB6\u5EAD\u4E2D\u7684\u5931\u80FD\u534A\u5931\u80FD\u8001\u4EBA\u63D0\u4F9B\u65E0\u507F\u6216\u4F4E\u6536\u8D39\u7684\u4F9B\u517B\u3001\u62A4\u7406\u670D\u52A1\uFF09"
      },
      {
        any: [
          {
            name: "holds_tekun",
            fact: "holdsTekun",
            operator: "equal",
            value: true,
            basis: "\u89C4\u5212 \u7B2C\u4E03\u7AE0 \u7B2C\u4E00\u8282\u300C\u52A0\u5F3A\u516C\u529E\u517B\u8001\u673A\u6784\u5EFA\u8BBE\u300D\uFF08\u91CD\u70B9\u4E3A\u57CE\u4E61\u7279\u56F0\u8001\u4EBA\u3001\u4F4E\u4FDD\u5BB6\u5EAD\u4E2D\u7684\u5931\u80FD\u534A\u5931\u80FD\u8001\u4EBA\u63D0\u4F9B\u65E0\u507F\u6216\u4F4E\u6536\u8D39\u7684\u4F9B\u517B\u3001\u62A4\u7406\u670D\u52A1\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u4E03\u6761"
          },
          {
            all: [
              {
                name: "holds_dibao",
                fact: "holdsDibao",
                operator: "equal",
                value: true,
                basis: "\u89C4\u5212 \u7B2C\u4E03\u7AE0 \u7B2C\u4E00\u8282\u300C\u52A0\u5F3A\u516C\u529E\u517B\u8001\u673A\u6784\u5EFA\u8BBE\u300D\uFF08\u91CD\u70B9\u4E3A\u57CE\u4E61\u7279\u56F0\u8001\u4EBA\u3001\u4F4E\u4FDD\u5BB6\u5EAD\u4E2D\u7684\u5931\u80FD\u534A\u5931\u80FD\u8001\u4EBA\u63D0\u4F9B\u65E0\u507F\u6216\u4F4E\u6536\u8D39\u7684\u4F9B\u517B\u3001\u62A4\u7406\u670D\u52A1\uFF09"
              },
              {
                name: "cannot_care_for_self",
                fact: "selfCare",
                operator: "in",
                value: ["partial", "dependent"],
                basis: "\u89C4\u5212 \u7B2C\u4E03\u7AE0 \u7B2C\u4E00\u8282\u300C\u52A0\u5F3A\u516C\u529E\u517B\u8001\u673A\u6784\u5EFA\u8BBE\u300D\uFF08\u91CD\u70B9\u4E3A\u57CE\u4E61\u7279\u56F0\u8001\u4EBA\u3001\u4F4E\u4FDD\u5BB6\u5EAD\u4E2D\u7684\u5931\u80FD\u534A\u5931\u80FD\u8001\u4EBA\u63D0\u4F9B\u65E0\u507F\u6216\u4F4E\u6536\u8D39\u7684\u4F9B\u517B\u3001\u62A4\u7406\u670D\u52A1\uFF09\uFF08\u5931\u80FD\u3001\u534A\u5931\u80FD\uFF09"
              }
            ]
          },
          {
            all: [
              {
                name: "bereaved_cannot_care_for_self",
                fact: "selfCare",
                operator: "in",
                value: ["partial", "dependent"],
                basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u516D\u6761\u7B2C\u4E8C\u6B3E\uFF08\u5BF9\u72EC\u751F\u5B50\u5973\u6B7B\u4EA1\u7684\u8001\u5E74\u4EBA\u5931\u53BB\u751F\u6D3B\u81EA\u7406\u80FD\u529B\u7684\uFF0C\u53C2\u7167\u7279\u56F0\u4EBA\u5458\u4F9B\u517B\u7BA1\u7406\u4F53\u5236\u3001\u4F9B\u517B\u529E\u6CD5\u548C\u6807\u51C6\u7ED9\u4E88\u751F\u6D3B\u7167\u987E\u548C\u7269\u8D28\u5E2E\u52A9\uFF0C\u5E76\u4F18\u5148\u5165\u4F4F\u516C\u529E\u517B\u8001\u673A\u6784\uFF09"
              },
              {
                name: "only_child_died",
                fact: "onlyChildLoss",
                operator: "equal",
                value: "died",
                basis: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u516D\u6761\u7B2C\u4E8C\u6B3E\uFF08\u5BF9\u72EC\u751F\u5B50\u5973\u6B7B\u4EA1\u7684\u8001\u5E74\u4EBA\u5931\u53BB\u751F\u6D3B\u81EA\u7406\u80FD\u529B\u7684\uFF0C\u53C2\u7167\u7279\u56F0\u4EBA\u5458\u4F9B\u517B\u7BA1\u7406\u4F53\u5236\u3001\u4F9B\u517B\u529E\u6CD5\u548C\u6807\u51C6\u7ED9\u4E88\u751F\u6D3B\u7167\u987E\u548C\u7269\u8D28\u5E2E\u52A9\uFF0C\u5E76\u4F18\u5148\u5165\u4F4F\u516C\u529E\u517B\u8001\u673A\u6784\uFF09"
              }
            ]
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u516C\u529E\u517B\u8001\u673A\u6784\u4F9B\u517B\u62A4\u7406",
      summary: "\u57CE\u4E61\u7279\u56F0\u8001\u5E74\u4EBA\u3001\u4F4E\u4FDD\u5BB6\u5EAD\u4E2D\u5931\u80FD\u534A\u5931\u80FD\u7684\u8001\u5E74\u4EBA\uFF0C\u4EE5\u53CA\u5931\u53BB\u751F\u6D3B\u81EA\u7406\u80FD\u529B\u7684\u5931\u72EC\u8001\u5E74\u4EBA\uFF08\u4F18\u5148\u5165\u4F4F\uFF09\uFF0C\u53EF\u4EE5\u5165\u4F4F\u4E61\u9547\uFF08\u8857\u9053\uFF09\u656C\u8001\u9662\u3001\u53BF\u793E\u4F1A\u798F\u5229\u9662\u7B49\u516C\u529E\u517B\u8001\u673A\u6784\uFF0C\u4EAB\u53D7\u65E0\u507F\u6216\u4F4E\u6536\u8D39\u7684\u4F9B\u517B\u548C\u62A4\u7406\u670D\u52A1\u3002",
      conditions: {
        elderly: "\u5E74\u6EE160\u5468\u5C81",
        holds_tekun: "\u672C\u4EBA\u662F\u7279\u56F0\u4F9B\u517B\u4EBA\u5458",
        holds_dibao: "\u5BB6\u5EAD\u5DF2\u4EAB\u53D7\u4F4E\u4FDD",
        cannot_care_for_self: "\u751F\u6D3B\u4E0D\u80FD\u81EA\u7406\uFF08\u5931\u80FD\u6216\u534A\u5931\u80FD\uFF09",
        only_child_died: "\u72EC\u751F\u5B50\u5973\u5DF2\u6B7B\u4EA1\uFF08\u5931\u72EC\uFF09",
        bereaved_cannot_care_for_self: "\u5931\u53BB\u751F\u6D3B\u81EA\u7406\u80FD\u529B\uFF08\u5931\u80FD\u6216\u534A\u5931\u80FD\uFF09"
      },
      window: {
        care_assessment: "\u751F\u6D3B\u81EA\u7406\u80FD\u529B\uFF08\u5931\u80FD\u3001\u534A\u5931\u80FD\uFF09\u7531\u6C11\u653F\u90E8\u95E8\u8BC4\u4F30\uFF0C\u5E76\u636E\u6B64\u786E\u5B9A\u62A4\u7406\u7B49\u7EA7\u548C\u6536\u8D39"
      },
      amountNote: "\u7279\u56F0\u8001\u4EBA\u65E0\u507F\u4F9B\u517B\uFF1B\u4F4E\u4FDD\u5BB6\u5EAD\u5931\u80FD\u3001\u534A\u5931\u80FD\u8001\u4EBA\u4F4E\u6536\u8D39\uFF1B\u5931\u72EC\u8001\u4EBA\u53C2\u7167\u7279\u56F0\u4EBA\u5458\u4F9B\u517B\u6807\u51C6\uFF1B\u6536\u8D39\u6807\u51C6\u7531\u5F53\u5730\u6838\u5B9A"
    },
    en: {
      name: "public nursing-home care",
      summary: "Elderly people in extreme poverty (\u7279\u56F0), elderly people in dibao households who cannot look after themselves fully or partly, and dependent elderly people whose only child has died (with priority), can live in a public care home (township or street care home, county welfare home) with free or low-cost support and care.",
      conditions: {
        elderly: "aged 60 or over",
        holds_tekun: "receives extreme-poverty (\u7279\u56F0) support",
        holds_dibao: "the household receives dibao",
        cannot_care_for_self: "cannot look after themselves, fully or partly",
        only_child_died: "their only child has died",
        bereaved_cannot_care_for_self: "has lost the ability to look after themselves, fully or partly"
      },
      window: {
        care_assessment: "the civil-affairs office assesses how far the person can look after themselves, which sets the care level and the fee"
      },
      amountNote: "free for people in extreme poverty; low-cost for dependent elderly in dibao households; bereaved parents of an only child by reference to extreme-poverty support; fees set locally"
    }
  }
};

// rules/orphan-allowance.json
var orphan_allowance_default = {
  id: "orphan-allowance",
  tier: "B",
  scope: "member",
  effective: {
    from: "2022-10-26"
  },
  department: "civil_affairs",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "orphan_proof"],
  citation: {
    chapter: "\u7B2C\u4E5D\u7AE0",
    section: "\u7B2C\u4E09\u8282",
    lead: "\u52A0\u5F3A\u513F\u7AE5\u5173\u7231\u670D\u52A1",
    quote: "\u5F3A\u5316\u5B64\u513F\u3001\u827E\u6ECB\u75C5\u75C5\u6BD2\u611F\u67D3\u513F\u7AE5\u548C\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u57FA\u672C\u751F\u6D3B\u4FDD\u969C\u3002",
    also: [
      "\u5173\u4E8E\u8FDB\u4E00\u6B65\u52A0\u5F3A\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u4FDD\u969C\u5DE5\u4F5C\u7684\u610F\u89C1\uFF08\u6C11\u53D1\u30142019\u301562\u53F7\uFF09\u4E00\u3001\u4E8C\u3001\u4E09(\u4E00)",
      "\u56FD\u529E \u52A0\u5F3A\u5B64\u513F\u4FDD\u969C\u5DE5\u4F5C\u7684\u610F\u89C1 (parameters.md \xA710.2)",
      "indicator table \u5E7C\u6709\u6240\u80B2\u300C\u5B64\u513F\u548C\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u4FDD\u969C\u8986\u76D6\u7387\u300D"
    ]
  },
  amount: {
    period: "month",
    formula: {
      param: "orphan_allowance.scattered.monthly"
    }
  },
  verifiedAtWindow: ["status_check"],
  conditions: {
    all: [
      {
        any: [
          {
            name: "orphan",
            fact: "orphan",
            operator: "equal",
            value: true,
            basis: "parameters.md \xA710.2 (\u5B64\u513F: under 18 and lost both parents, or the birth parents cannot be found; \u56FD\u529E \u52A0\u5F3A\u5B64\u513F\u4FDD\u969C\u5DE5\u4F5C\u7684\u610F\u89C1)"
          },
          {
            name: "factually_unsupported",
            fact: "factuallyUnsupported",
            operator: "equal",
            value: true,
            basis: "\u5173\u4E8E\u8FDB\u4E00\u6B65\u52A0\u5F3A\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u4FDD\u969C\u5DE5\u4F5C\u7684\u610F\u89C1\uFF08\u6C11\u53D1\u30142019\u301562\u53F7\uFF09 \u4E00"
          }
        ]
      },
      {
        name: "minor",
        fact: "age",
        operator: "lessThan",
        value: {
          fact: "param:general.adult_age"
        },
        basis: "parameters.md \xA710.2 (\u5B64\u513F under 18); \u5173\u4E8E\u8FDB\u4E00\u6B65\u52A0\u5F3A\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u4FDD\u969C\u5DE5\u4F5C\u7684\u610F\u89C1\uFF08\u6C11\u53D1\u30142019\u301562\u53F7\uFF09 \u4E00\uFF08\u513F\u7AE5\uFF09; \u6CB3\u5357\u7701\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u6761\u4F8B \u7B2C\u4E8C\u6761"
      },
      {
        name: "own_hukou_local",
        fact: "ownHukouInJiaozuo",
        operator: "equal",
        value: true,
        basis: "\u5173\u4E8E\u8FDB\u4E00\u6B65\u52A0\u5F3A\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u4FDD\u969C\u5DE5\u4F5C\u7684\u610F\u89C1\uFF08\u6C11\u53D1\u30142019\u301562\u53F7\uFF09 \u4E8C(\u4E00)\uFF08\u5411\u513F\u7AE5\u6237\u7C4D\u6240\u5728\u5730\u4E61\u9547\u4EBA\u6C11\u653F\u5E9C\uFF08\u8857\u9053\u529E\u4E8B\u5904\uFF09\u63D0\u51FA\u7533\u8BF7\uFF09"
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u5B64\u513F\u548C\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u57FA\u672C\u751F\u6D3B\u4FDD\u969C",
      summary: "\u672A\u6EE118\u5468\u5C81\u7684\u5B64\u513F\uFF0C\u4EE5\u53CA\u7236\u6BCD\u53CC\u65B9\u91CD\u6B8B\u3001\u91CD\u75C5\u3001\u670D\u5211\u5728\u62BC\u3001\u5931\u8054\u7B49\uFF08\u6216\u4E00\u65B9\u6B7B\u4EA1\u3001\u5931\u8E2A\uFF0C\u53E6\u4E00\u65B9\u5C5E\u4E8E\u4E0A\u8FF0\u60C5\u5F62\uFF09\u7684\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\uFF0C\u6309\u6708\u9886\u53D6\u57FA\u672C\u751F\u6D3B\u8D39\u3002\u7531\u76D1\u62A4\u4EBA\u5411\u513F\u7AE5\u6237\u7C4D\u6240\u5728\u5730\u4E61\u9547\u4EBA\u6C11\u653F\u5E9C\uFF08\u8857\u9053\u529E\u4E8B\u5904\uFF09\u7533\u8BF7\uFF0C\u53BF\u7EA7\u6C11\u653F\u90E8\u95E8\u786E\u8BA4\u540E\u4ECE\u6B21\u6708\u8D77\u53D1\u653E\uFF1B\u4E0D\u8BBE\u516C\u793A\u73AF\u8282\u3002",
      conditions: {
        orphan: "\u662F\u5B64\u513F\uFF08\u7236\u6BCD\u5747\u5DF2\u6B7B\u4EA1\u6216\u67E5\u627E\u4E0D\u5230\u751F\u7236\u6BCD\uFF09",
        factually_unsupported: "\u662F\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5",
        minor: "\u672A\u6EE118\u5468\u5C81",
        own_hukou_local: "\u513F\u7AE5\u672C\u4EBA\u6237\u7C4D\u5728\u7126\u4F5C"
      },
      window: {
        status_check: "\u4E61\u9547\uFF08\u8857\u9053\uFF09\u901A\u8FC7\u90E8\u95E8\u4FE1\u606F\u6BD4\u5BF9\u67E5\u9A8C\u7236\u6BCD\u6B7B\u4EA1\u3001\u91CD\u6B8B\u3001\u91CD\u75C5\u3001\u670D\u5211\u3001\u5931\u8054\u7B49\u60C5\u51B5\uFF0C\u53BF\u7EA7\u6C11\u653F\u90E8\u95E8\u786E\u8BA4\u3002\u5DF2\u9886\u53D6\u4F4E\u4FDD\u91D1\u3001\u7279\u56F0\u4F9B\u517B\u91D1\u6216\u56F0\u96BE\u6B8B\u75BE\u4EBA\u751F\u6D3B\u8865\u8D34\u7684\uFF0C\u6309\u5DEE\u989D\u8865\u8DB3\u3002"
      },
      amountNote: "\u6563\u5C45\u5B64\u513F\u548C\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u7684\u6807\u51C6\uFF082022\u5E74\u6CB3\u5357\u6BCF\u4EBA\u6BCF\u67081050\u5143\uFF1B2023\u5E74\u8D77\u7684\u6807\u51C6\u5F85\u7A97\u53E3\u786E\u8BA4\uFF09\uFF1B\u673A\u6784\u517B\u80B2\u5B64\u513F\u6807\u51C6\u66F4\u9AD8"
    },
    en: {
      name: "basic living allowance, orphans and de-facto unsupported children",
      summary: "Orphans under 18, and children whose parents are both severely disabled, seriously ill, in prison, or missing (or one has died or is missing and the other is in one of those situations), receive a monthly basic living allowance. The guardian applies to the township or sub-district office where the child's hukou is; once the county civil-affairs bureau confirms, payment starts the next month. There is no public notice.",
      conditions: {
        orphan: "is an orphan (both parents dead, or the birth parents cannot be found)",
        factually_unsupported: "is a de-facto unsupported child (\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5)",
        minor: "under 18",
        own_hukou_local: "the child's own hukou is in Jiaozuo"
      },
      window: {
        status_check: "The township checks the parents' death, disability, illness, imprisonment or disappearance against other departments' records, and the county civil-affairs bureau confirms. A child already paid dibao, \u7279\u56F0 support or the disability living subsidy gets the difference."
      },
      amountNote: "rate for orphans living with a family and de-facto unsupported children (Henan 2022: 1050 yuan a month; the rate from 2023 is to be confirmed); orphans in an institution get a higher rate"
    }
  }
};

// rules/preconception-check.json
var preconception_check_default = {
  id: "preconception-check",
  tier: "B",
  scope: "member",
  effective: {
    from: "2022-10-26"
  },
  department: "maternal_child_health",
  documents: ["resident_id_card", "marriage_certificate"],
  citation: {
    chapter: "\u7B2C\u4E09\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u6269\u5927\u4F18\u5B55\u4F18\u751F\u670D\u52A1",
    quote: "\u5EFA\u7ACB\u8986\u76D6\u57CE\u4E61\u6DB5\u76D6\u5A5A\u524D\u3001\u5B55\u524D\u3001\u5B55\u671F\u3001\u51FA\u751F\u540E\u5404\u9636\u6BB5\u7684\u4F18\u751F\u4F18\u80B2\u670D\u52A1\u4F53\u7CFB,\u63A8\u5E7F\u5A5A\u59FB\u767B\u8BB0\u3001\u5A5A\u524D\u533B\u5B66\u68C0\u67E5\u548C\u751F\u80B2\u6307\u5BFC\u201C\u4E00\u7AD9\u5F0F\u201D\u670D\u52A1\u6A21\u5F0F\u3002",
    also: [
      "parameters.md \xA79\uFF08\u5B55\u524D\u4F18\u751F\u5065\u5EB7\u68C0\u67E5\uFF1A\u8BA1\u5212\u6000\u5B55\u7684\u592B\u5987\uFF0C\u6BCF\u5B69\u4E00\u6B21\u514D\u8D39\uFF0CL\uFF09",
      "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u5341\u56DB\u6761\u3001\u7B2C\u4E09\u5341\u4E94\u6761\u3001\u7B2C\u4E09\u5341\u4E03\u6761\uFF08\u56F4\u5B55\u671F\u4FDD\u5065\u670D\u52A1\uFF09",
      "\u57FA\u672C\u533B\u7597\u536B\u751F\u4E0E\u5065\u5EB7\u4FC3\u8FDB\u6CD5 \u7B2C\u4E8C\u5341\u56DB\u6761\u7B2C\u4E8C\u6B3E"
    ]
  },
  verifiedAtWindow: ["once_per_child"],
  conditions: {
    all: [
      {
        name: "planning_pregnancy",
        fact: "planningPregnancy",
        operator: "equal",
        value: true,
        basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E09\u5341\u4E03\u6761\uFF08\u5BF9\u80B2\u9F84\u5987\u5973\u5F00\u5C55\u56F4\u5B55\u671F\u4FDD\u5065\u670D\u52A1\uFF09\uFF1Bparameters.md \xA79 (\u5B55\u524D\u4F18\u751F\u5065\u5EB7\u68C0\u67E5: couples planning a pregnancy, L)"
      },
      {
        any: [
          {
            name: "resides_in_jiaozuo",
            fact: "residesInJiaozuo",
            operator: "equal",
            value: true,
            basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u5341\u56DB\u6761\uFF08\u6D41\u52A8\u4EBA\u53E3\u7531\u6237\u7C4D\u6240\u5728\u5730\u548C\u73B0\u5C45\u4F4F\u5730\u5171\u540C\u8D1F\u8D23\uFF0C\u4EE5\u73B0\u5C45\u4F4F\u5730\u4E3A\u4E3B\uFF09"
          },
          {
            name: "hukou_in_jiaozuo",
            fact: "hukouInJiaozuo",
            operator: "equal",
            value: true,
            basis: "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u5341\u56DB\u6761\uFF08\u6237\u7C4D\u6240\u5728\u5730\u548C\u73B0\u5C45\u4F4F\u5730\u5171\u540C\u8D1F\u8D23\uFF09"
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u514D\u8D39\u5B55\u524D\u4F18\u751F\u5065\u5EB7\u68C0\u67E5",
      summary: "\u8BA1\u5212\u6000\u5B55\u7684\u592B\u5987\u53EF\u5728\u6000\u5B55\u524D\u514D\u8D39\u505A\u4E00\u6B21\u4F18\u751F\u5065\u5EB7\u68C0\u67E5\uFF08\u6BCF\u5B69\u4E00\u6B21\uFF09\uFF0C\u5E76\u83B7\u5F97\u4F18\u751F\u54A8\u8BE2\u548C\u6307\u5BFC\u3002",
      conditions: {
        planning_pregnancy: "\u8BA1\u5212\u6000\u5B55",
        resides_in_jiaozuo: "\u5C45\u4F4F\u5728\u7126\u4F5C",
        hukou_in_jiaozuo: "\u6237\u7C4D\u5728\u7126\u4F5C"
      },
      window: {
        once_per_child: "\u6BCF\u5B69\u9650\u514D\u8D39\u68C0\u67E5\u4E00\u6B21\uFF1A\u672C\u6B21\u6000\u5B55\u8BA1\u5212\u662F\u5426\u5DF2\u505A\u8FC7\uFF0C\u7531\u68C0\u67E5\u673A\u6784\u6838\u5BF9"
      }
    },
    en: {
      name: "free pre-pregnancy health check",
      summary: "A couple planning a pregnancy gets one free pre-pregnancy health check per child, with advice on a healthy pregnancy.",
      conditions: {
        planning_pregnancy: "plans a pregnancy",
        resides_in_jiaozuo: "lives in Jiaozuo",
        hukou_in_jiaozuo: "hukou in Jiaozuo"
      },
      window: {
        once_per_child: "one free check per child: the clinic checks whether you already had it for this pregnancy"
      }
    }
  }
};

// rules/prenatal-newborn-screening.json
var prenatal_newborn_screening_default = {
  id: "prenatal-newborn-screening",
  tier: "B",
  scope: "member",
  effective: {
    from: "2022-10-26"
  },
  department: "maternal_child_health",
  documents: ["resident_id_card", "hukou_booklet", "marriage_certificate", "maternal_child_handbook"],
  citation: {
    chapter: "\u7B2C\u4E09\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u6269\u5927\u4F18\u5B55\u4F18\u751F\u670D\u52A1",
    quote: "\u4E3A\u57CE\u4E61\u7B26\u5408\u6761\u4EF6\u7684\u5B55\u4EA7\u5987\u514D\u8D39\u63D0\u4F9B\u5B55\u65E9\u671F\u5065\u5EB7\u68C0\u67E5\u3001\u4EA7\u540E\u8BBF\u89C6\u7B49\u670D\u52A1,\u5B9E\u65BD\u9884\u9632\u51FA\u751F\u7F3A\u9677\u514D\u8D39\u4EA7\u524D\u7B5B\u67E5\u3001\u65B0\u751F\u513F\u75BE\u75C5\u7B5B\u67E5\u53CA\u4EA7\u524D\u8BCA\u65AD,\u4E3A\u80B2\u9F84\u592B\u5987\u514D\u8D39\u63D0\u4F9B\u57FA\u672C\u907F\u5B55\u8282\u80B2\u670D\u52A1\u3002",
    also: [
      "\u4E13\u680F1 \u7B2C2\u9879\u300C\u4EA7\u524D\u7B5B\u67E5\u5DE5\u7A0B\u300D\u3001\u7B2C3\u9879\u300C\u65B0\u751F\u513F\u75BE\u75C5\u7B5B\u67E5\u5DE5\u7A0B\u300D",
      "parameters.md \xA79\uFF08\u514D\u8D39\u4EA7\u524D\u7B5B\u67E5\u3001\u65B0\u751F\u513F\u75BE\u75C5\u7B5B\u67E5\uFF1A\u592B\u59BB\u4E00\u65B9\u4E3A\u6CB3\u5357\u6237\u7C4D\uFF0C\u6216\u5B55\u5987\u5728\u6CB3\u5357\u5C45\u4F4F\u6EE16\u4E2A\u6708\uFF09",
      "\u6CB3\u5357\u7701\u6BCD\u5A74\u4FDD\u5065\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E03\u6761\uFF08\u5F00\u5C55\u65B0\u751F\u513F\u75BE\u75C5\u7B5B\u67E5\uFF09",
      "\u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E09\u5341\u4E94\u6761"
    ]
  },
  verifiedAtWindow: ["screening_timing"],
  conditions: {
    all: [
      {
        any: [
          {
            name: "pregnant",
            fact: "pregnant",
            operator: "equal",
            value: true,
            basis: "parameters.md \xA79 (\u514D\u8D39\u4EA7\u524D\u7B5B\u67E5 for pregnant women); \u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E09\u5341\u4E94\u6761\uFF08\u5B55\u4EA7\u671F\u4FDD\u5065\uFF0C\u51CF\u5C11\u51FA\u751F\u7F3A\u9677\uFF09"
          },
          {
            name: "newborn",
            fact: "age",
            operator: "lessThan",
            value: {
              fact: "param:newborn_screening.age_below"
            },
            basis: "\u6CB3\u5357\u7701\u6BCD\u5A74\u4FDD\u5065\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E03\u6761\uFF08\u5F00\u5C55\u65B0\u751F\u513F\u75BE\u75C5\u7B5B\u67E5\uFF09\uFF1Bparameters.md \xA79 (newborn PKU/CH and hearing); \u5E74\u9F84\u4E3A\u5360\u4F4D\u53C2\u6570 newborn_screening.age_below (UNVERIFIED)"
          }
        ]
      },
      {
        any: [
          {
            name: "couple_hukou_in_jiaozuo",
            fact: "coupleHukouInJiaozuo",
            operator: "equal",
            value: true,
            basis: "parameters.md \xA79 (one spouse with Henan hukou; a Jiaozuo hukou is a Henan hukou)"
          },
          {
            name: "lived_in_henan",
            fact: "yearsInJiaozuo",
            operator: "greaterThanInclusive",
            value: {
              fact: "param:prenatal_screening.min_residence_years"
            },
            basis: "parameters.md \xA79 (the woman lived in Henan \u22656 months)"
          },
          {
            name: "henan_hukou_elsewhere",
            fact: "checkedAtWindow",
            operator: "equal",
            value: true,
            basis: "parameters.md \xA79 (one spouse with Henan hukou, which may be outside Jiaozuo: only the window can see it)"
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u514D\u8D39\u4EA7\u524D\u7B5B\u67E5\u548C\u65B0\u751F\u513F\u75BE\u75C5\u7B5B\u67E5",
      summary: "\u592B\u59BB\u4E00\u65B9\u4E3A\u6CB3\u5357\u6237\u7C4D\u3001\u6216\u5728\u6CB3\u5357\u5C45\u4F4F\u6EE16\u4E2A\u6708\u7684\u5B55\u5987\uFF0C\u53EF\u514D\u8D39\u505A\u4EA7\u524D\u7B5B\u67E5\uFF08\u5B55\u65E9\u4E2D\u671F\u8840\u6E05\u5B66\u7B5B\u67E5\u7B49\uFF09\uFF1B\u65B0\u751F\u513F\u514D\u8D39\u505A\u9057\u4F20\u4EE3\u8C22\u6027\u75BE\u75C5\u7B5B\u67E5\u548C\u542C\u529B\u7B5B\u67E5\u3002",
      conditions: {
        pregnant: "\u6B63\u5728\u6000\u5B55",
        newborn: "\u65B0\u751F\u513F\uFF081\u5468\u5C81\u4EE5\u4E0B\uFF09",
        lived_in_henan: "\u592B\u59BB\u90FD\u4E0D\u662F\u7126\u4F5C\u6237\u7C4D\u7684\uFF0C\u5728\u7126\u4F5C\u5C45\u4F4F\u6EE16\u4E2A\u6708",
        henan_hukou_elsewhere: "\u592B\u59BB\u4E00\u65B9\u4E3A\u6CB3\u5357\u7701\u5185\u5176\u4ED6\u5730\u65B9\u6237\u7C4D\uFF0C\u6216\u6B64\u524D\u5728\u6CB3\u5357\u5176\u4ED6\u5730\u65B9\u5C45\u4F4F\uFF0C\u7531\u7A97\u53E3\u6838\u5B9E",
        couple_hukou_in_jiaozuo: "\u672C\u4EBA\u6216\u914D\u5076\uFF08\u65B0\u751F\u513F\u4E3A\u7236\u6BCD\u4E00\u65B9\uFF09\u6237\u7C4D\u5728\u7126\u4F5C\uFF08\u6CB3\u5357\u6237\u7C4D\uFF09"
      },
      window: {
        screening_timing: "\u4EA7\u524D\u7B5B\u67E5\u987B\u5728\u89C4\u5B9A\u5B55\u5468\u5185\u8FDB\u884C\uFF08\u6700\u8FDF\u5B5528\u5468\u524D\uFF09\uFF0C\u65B0\u751F\u513F\u7B5B\u67E5\u4E00\u822C\u5728\u51FA\u751F\u540E\u51E0\u5929\u5185\u7531\u52A9\u4EA7\u533B\u9662\u5B8C\u6210\uFF1B\u6237\u7C4D\u4E0D\u5728\u6CB3\u5357\u7684\uFF0C\u9700\u63D0\u4F9B\u5C45\u4F4F\u8BC1\u7B49\u5C45\u4F4F\u8BC1\u660E"
      }
    },
    en: {
      name: "free prenatal and newborn screening",
      summary: "A pregnant woman whose husband or she herself has a Henan hukou, or who has lived in Henan for 6 months, gets free prenatal screening; newborns get free screening for inherited metabolic disorders and hearing.",
      conditions: {
        pregnant: "is pregnant",
        newborn: "a newborn (under 1 year)",
        lived_in_henan: "with neither spouse holding a Jiaozuo hukou, the family has lived in Jiaozuo for 6 months",
        henan_hukou_elsewhere: "either spouse has a hukou elsewhere in Henan, or lived elsewhere in Henan before: checked at the window",
        couple_hukou_in_jiaozuo: "she or her husband (for a newborn, either parent) has a Jiaozuo hukou (a Henan hukou)"
      },
      window: {
        screening_timing: "prenatal screening must be done within the set weeks of pregnancy (before week 28 at the latest), and newborn screening is done by the birth hospital in the first days; with a hukou outside Henan, bring a residence permit or other proof of residence"
      }
    }
  }
};

// rules/preschool-aid.json
var preschool_aid_default = {
  id: "preschool-aid",
  tier: "A",
  scope: "member",
  effective: { from: "2022-10-26" },
  department: "education",
  documents: [
    "application_form",
    "hukou_booklet",
    "student_status_proof",
    "dibao_certificate",
    "poverty_alleviation_proof",
    "orphan_proof",
    "disability_certificate"
  ],
  citation: {
    chapter: "\u7B2C\u56DB\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u4FDD\u969C\u6559\u80B2\u57FA\u672C\u516C\u5171\u670D\u52A1",
    quote: "\u7ED9\u4E88\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u513F\u7AE5\u3001\u5B64\u513F\u3001\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u548C\u6B8B\u75BE\u513F\u7AE5\u666E\u60E0\u6027\u5B66\u524D\u6559\u80B2\u751F\u6D3B\u8865\u52A9\u3002",
    also: ["\u5B66\u524D\u6559\u80B2\u8D44\u52A9\u5236\u5EA6\uFF08\u666E\u60E0\u6027\u5E7C\u513F\u56ED\u5728\u56ED\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u513F\u7AE5\u3001\u5B64\u513F\u3001\u6B8B\u75BE\u513F\u7AE5\uFF09", "\u8865\u52A9\u6807\u51C6\uFF1A\u6CB3\u5357\u7701\u5357\u9633\u5E02\u793A\u4F8B\uFF082023\u5E74\uFF0C\u6BCF\u751F\u6BCF\u5E74\u4E0D\u4F4E\u4E8E400\u5143\uFF09"]
  },
  amount: { period: "year", formula: { param: "preschool_aid.amount" } },
  verifiedAtWindow: ["hardship_recognition"],
  conditions: {
    all: [
      {
        name: "stage_kindergarten",
        basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u7ED9\u4E88\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u513F\u7AE5\u2026\u2026\u666E\u60E0\u6027\u5B66\u524D\u6559\u80B2\u751F\u6D3B\u8865\u52A9\uFF09",
        fact: "schoolStage",
        operator: "equal",
        value: "kindergarten"
      },
      { name: "kindergarten_puhui", basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u666E\u60E0\u6027\u5B66\u524D\u6559\u80B2\uFF09", fact: "kindergartenPuhui", operator: "equal", value: true },
      {
        any: [
          {
            name: "dibao",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u513F\u7AE5\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E09\u6761\uFF08\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BB6\u5EAD\u6210\u5458\u3001\u7279\u56F0\u4F9B\u517B\u4EBA\u5458\u7ED9\u4E88\u6559\u80B2\u6551\u52A9\uFF09",
            fact: "holdsDibao",
            operator: "equal",
            value: true
          },
          {
            name: "tekun",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u513F\u7AE5\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E09\u6761\uFF08\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BB6\u5EAD\u6210\u5458\u3001\u7279\u56F0\u4F9B\u517B\u4EBA\u5458\u7ED9\u4E88\u6559\u80B2\u6551\u52A9\uFF09",
            fact: "holdsTekun",
            operator: "equal",
            value: true
          },
          {
            name: "low_income",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u513F\u7AE5\uFF09\uFF1B\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u516B\u6761\u7B2C\u4E8C\u6B3E",
            fact: "holdsLowIncome",
            operator: "equal",
            value: true
          },
          {
            name: "poverty_alleviation",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u513F\u7AE5\uFF09\uFF1B\u6CB3\u5357\u7701\u6276\u8D2B\u5F00\u53D1\u6761\u4F8B",
            fact: "holdsPovertyAlleviation",
            operator: "equal",
            value: true
          },
          { name: "orphan", basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5B64\u513F\uFF09", fact: "orphan", operator: "equal", value: true },
          {
            name: "factually_unsupported",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\uFF09",
            fact: "factuallyUnsupported",
            operator: "equal",
            value: true
          },
          {
            name: "disability_certificate",
            basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u6B8B\u75BE\u513F\u7AE5\uFF09",
            fact: "hasDisabilityCertificate",
            operator: "equal",
            value: true
          },
          {
            all: [
              {
                name: "hardship_event",
                basis: "\u89C4\u5212 \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282\uFF08\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u513F\u7AE5\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u56DB\u5341\u4E03\u6761\uFF08\u56E0\u610F\u5916\u4E8B\u4EF6\u3001\u91CD\u5927\u75BE\u75C5\u5BFC\u81F4\u57FA\u672C\u751F\u6D3B\u56F0\u96BE\uFF09",
                fact: "hardshipEvent",
                operator: "equal",
                value: true
              },
              {
                name: "hardship_recognised",
                basis: "\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u513F\u7AE5\u7531\u5B66\u6821\uFF08\u5E7C\u513F\u56ED\uFF09\u548C\u5B66\u751F\u8D44\u52A9\u7BA1\u7406\u4E2D\u5FC3\u8BA4\u5B9A\uFF08parameters.md \xA74\uFF0CM\uFF09",
                fact: "checkedAtWindow",
                operator: "equal",
                value: true
              }
            ]
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u5B66\u524D\u6559\u80B2\u8D44\u52A9\uFF08\u666E\u60E0\u6027\u5B66\u524D\u6559\u80B2\u751F\u6D3B\u8865\u52A9\uFF09",
      summary: "\u5728\u666E\u60E0\u6027\u5E7C\u513F\u56ED\u4E0A\u5B66\u7684\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u513F\u7AE5\u3001\u5B64\u513F\u3001\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u548C\u6B8B\u75BE\u513F\u7AE5\uFF0C\u6BCF\u5E74\u53EF\u9886\u751F\u6D3B\u8865\u52A9\u3002\u901A\u8FC7\u5E7C\u513F\u56ED\u7533\u8BF7\u3002",
      conditions: {
        stage_kindergarten: "\u6B63\u5728\u4E0A\u5E7C\u513F\u56ED",
        kindergarten_puhui: "\u4E0A\u7684\u662F\u666E\u60E0\u6027\u5E7C\u513F\u56ED\uFF08\u516C\u529E\u56ED\u6216\u666E\u60E0\u6027\u6C11\u529E\u56ED\uFF09",
        dibao: "\u5BB6\u5EAD\u4EAB\u53D7\u4F4E\u4FDD",
        tekun: "\u5E7C\u513F\u672C\u4EBA\u662F\u7279\u56F0\u4F9B\u517B\u4EBA\u5458",
        low_income: "\u5BB6\u5EAD\u662F\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\uFF08\u4F4E\u6536\u5165\u5BB6\u5EAD\uFF09",
        poverty_alleviation: "\u5BB6\u5EAD\u662F\u8131\u8D2B\u6237\u6216\u9632\u8FD4\u8D2B\u76D1\u6D4B\u6237",
        orphan: "\u5B69\u5B50\u662F\u5B64\u513F",
        factually_unsupported: "\u5B69\u5B50\u662F\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5",
        disability_certificate: "\u5B69\u5B50\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1",
        hardship_event: "\u5BB6\u5EAD\u56E0\u75C5\u3001\u56E0\u707E\u3001\u56E0\u610F\u5916\u5BFC\u81F4\u751F\u6D3B\u56F0\u96BE",
        hardship_recognised: "\u662F\u5426\u8BA4\u5B9A\u4E3A\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\uFF0C\u7531\u5B66\u6821\uFF08\u5E7C\u513F\u56ED\uFF09\u548C\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u5B66\u751F\u8D44\u52A9\u7BA1\u7406\u4E2D\u5FC3\u8BA4\u5B9A"
      },
      window: { hardship_recognition: "\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u60C5\u51B5\u7531\u5E7C\u513F\u56ED\u548C\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u5B66\u751F\u8D44\u52A9\u7BA1\u7406\u4E2D\u5FC3\u6309\u8BA4\u5B9A\u7A0B\u5E8F\u6838\u5B9E" },
      amountNote: "\u7126\u4F5C\u7684\u8865\u52A9\u6807\u51C6\u5C1A\u672A\u67E5\u5230\uFF0C\u6682\u6309\u6CB3\u5357\u7701\u5185\u5176\u4ED6\u5E02\uFF08\u5357\u9633\uFF09\u7684\u6700\u4F4E\u6807\u51C6\u4F30\u7B97\uFF0C\u4EE5\u5E7C\u513F\u56ED\u548C\u6559\u80B2\u90E8\u95E8\u7B54\u590D\u4E3A\u51C6"
    },
    en: {
      name: "preschool living allowance",
      summary: "Children at an affordable (\u666E\u60E0) kindergarten who are from a family in hardship, orphaned, without de-facto carers or disabled get a yearly living allowance. Apply through the kindergarten.",
      conditions: {
        stage_kindergarten: "attends kindergarten",
        kindergarten_puhui: "the kindergarten is an affordable (\u666E\u60E0) one, public or approved private",
        dibao: "the household receives dibao",
        tekun: "the child receives extreme-poverty (\u7279\u56F0) support",
        low_income: "the household is a low-income (near-dibao) household",
        poverty_alleviation: "the household is a former poor household (\u8131\u8D2B\u6237) or under poverty-relapse monitoring",
        orphan: "the child is an orphan",
        factually_unsupported: "the child is a de-facto unsupported child (\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5)",
        disability_certificate: "the child holds a disability certificate",
        hardship_event: "the household fell into hardship through illness, disaster or an accident",
        hardship_recognised: "whether the family counts as in hardship is decided by the school (or kindergarten) and the county student-aid centre"
      },
      window: { hardship_recognition: "the family's hardship is confirmed by the kindergarten and the county student-aid centre" },
      amountNote: "Jiaozuo's own rate was not found; estimated at the minimum used elsewhere in Henan (Nanyang); the kindergarten gives the actual amount"
    }
  }
};

// rules/public-rental-housing.json
var public_rental_housing_default = {
  id: "public-rental-housing",
  tier: "A",
  scope: "household",
  effective: { from: "2019-03-02" },
  department: "housing",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "dibao_certificate", "housing_proof", "income_proof"],
  citation: {
    chapter: "\u7B2C\u516B\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u52A0\u5F3A\u516C\u5171\u79DF\u8D41\u4F4F\u623F\u5EFA\u8BBE\u7BA1\u7406",
    quote: "\u8FDB\u4E00\u6B65\u5B8C\u5584\u5BA1\u6838\u3001\u516C\u793A\u5236\u5EA6,\u4F18\u5316\u5BA1\u6279\u6D41\u7A0B,\u786E\u4FDD\u516C\u5E73\u516C\u6B63\u516C\u5F00\u5206\u914D\u3002\u6307\u5BFC\u53BF(\u5E02\u3001\u533A)\u8FDB\u4E00\u6B65\u8C03\u6574\u5B8C\u5584\u79DF\u8D41\u8865\u8D34\u653F\u7B56,\u5408\u7406\u786E\u5B9A\u8865\u8D34\u8303\u56F4\u548C\u6807\u51C6\u3002",
    also: [
      "\u300C\u5341\u56DB\u4E94\u300D\u793E\u4F1A\u9886\u57DF\u516C\u5171\u670D\u52A1\u53D1\u5C55\u6307\u6807 \u4F4F\u6709\u6240\u5C45\u300C\u57CE\u9547\u6237\u7C4D\u4F4E\u4FDD\u3001\u4F4E\u6536\u5165\u5BB6\u5EAD\u7533\u8BF7\u516C\u79DF\u623F\u7684\u4FDD\u969C\u7387\u300D: \u5E94\u4FDD\u5C3D\u4FDD",
      "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E03\u6761\u3001\u7B2C\u4E09\u5341\u516B\u6761\u3001\u7B2C\u4E09\u5341\u4E5D\u6761",
      "\u516C\u5171\u79DF\u8D41\u4F4F\u623F\u7BA1\u7406\u529E\u6CD5 (\u4F4F\u623F\u548C\u57CE\u4E61\u5EFA\u8BBE\u90E8\u4EE4\u7B2C11\u53F7) \u7B2C\u4E03\u6761",
      "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E03\u6761\uFF08\u8001\u5E74\u4EBA\u4F18\u5148\uFF09",
      "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B \u7B2C\u4E94\u5341\u4E00\u6761\uFF08\u629A\u6064\u4F18\u5F85\u5BF9\u8C61\u4F18\u5148\uFF09"
    ]
  },
  verifiedAtWindow: ["housing_records"],
  conditions: {
    all: [
      {
        any: [
          {
            all: [
              {
                name: "hukou_urban",
                basis: "\u89C4\u5212 \u6307\u6807\u8868\u300C\u57CE\u9547\u6237\u7C4D\u4F4E\u4FDD\u3001\u4F4E\u6536\u5165\u5BB6\u5EAD\u7533\u8BF7\u516C\u79DF\u623F\u7684\u4FDD\u969C\u7387\u300D\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u56DB\u5341\u6761\uFF08\u57CE\u9547\u5BB6\u5EAD\uFF09",
                fact: "hukouType",
                operator: "equal",
                value: "urban"
              },
              {
                name: "hukou_local",
                basis: "\u89C4\u5212 \u6307\u6807\u8868\uFF08\u57CE\u9547\u6237\u7C4D\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u56DB\u5341\u6761",
                fact: "hukouInJiaozuo",
                operator: "equal",
                value: true
              }
            ]
          },
          {
            all: [
              {
                name: "hukou_elsewhere",
                basis: "\u516C\u5171\u79DF\u8D41\u4F4F\u623F\u7BA1\u7406\u529E\u6CD5\uFF08\u4F4F\u5EFA\u90E8\u4EE4\u7B2C11\u53F7\uFF09\u7B2C\u4E03\u6761\uFF08\u5916\u6765\u52A1\u5DE5\u4EBA\u5458\uFF09",
                fact: "hukouInJiaozuo",
                operator: "equal",
                value: false
              },
              {
                name: "resides_in_jiaozuo",
                basis: "\u516C\u5171\u79DF\u8D41\u4F4F\u623F\u7BA1\u7406\u529E\u6CD5\uFF08\u4F4F\u5EFA\u90E8\u4EE4\u7B2C11\u53F7\uFF09\u7B2C\u4E03\u6761\uFF08\u5728\u57CE\u9547\u7A33\u5B9A\u5C31\u4E1A\u7684\u5916\u6765\u52A1\u5DE5\u4EBA\u5458\uFF09",
                fact: "residesInJiaozuo",
                operator: "equal",
                value: true
              },
              {
                name: "migrant_stable_work",
                basis: "\u516C\u5171\u79DF\u8D41\u4F4F\u623F\u7BA1\u7406\u529E\u6CD5\uFF08\u4F4F\u5EFA\u90E8\u4EE4\u7B2C11\u53F7\uFF09\u7B2C\u4E03\u6761\uFF08\u7A33\u5B9A\u5C31\u4E1A\u8FBE\u5230\u89C4\u5B9A\u5E74\u9650\uFF0C\u5E74\u9650\u7531\u5E02\u3001\u53BF\u653F\u5E9C\u786E\u5B9A\uFF0C\u7126\u4F5C\u5E02\u672A\u516C\u5E03\uFF09",
                fact: "checkedAtWindow",
                operator: "equal",
                value: true
              }
            ]
          }
        ]
      },
      {
        any: [
          {
            name: "holds_dibao",
            basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E03\u6761\u3001\u7B2C\u4E09\u5341\u516B\u6761\uFF08\u4F4F\u623F\u56F0\u96BE\u7684\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BB6\u5EAD\uFF0C\u914D\u79DF\u516C\u5171\u79DF\u8D41\u4F4F\u623F\uFF09",
            fact: "holdsDibao",
            operator: "equal",
            value: true
          },
          {
            name: "holds_low_income",
            basis: "\u89C4\u5212 \u6307\u6807\u8868\u300C\u57CE\u9547\u6237\u7C4D\u4F4E\u4FDD\u3001\u4F4E\u6536\u5165\u5BB6\u5EAD\u7533\u8BF7\u516C\u79DF\u623F\u7684\u4FDD\u969C\u7387\uFF1A\u5E94\u4FDD\u5C3D\u4FDD\u300D",
            fact: "holdsLowIncome",
            operator: "equal",
            value: true
          },
          {
            name: "holds_tekun",
            basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E03\u6761\uFF08\u5206\u6563\u4F9B\u517B\u7684\u7279\u56F0\u4EBA\u5458\uFF09",
            fact: "householdHoldsTekun",
            operator: "equal",
            value: true
          },
          {
            all: [
              {
                name: "income_below_local_line",
                basis: "\u516C\u5171\u79DF\u8D41\u4F4F\u623F\u7BA1\u7406\u529E\u6CD5\uFF08\u4F4F\u5EFA\u90E8\u4EE4\u7B2C11\u53F7\uFF09\u7B2C\u4E03\u6761\uFF08\u6536\u5165\u4F4E\u4E8E\u89C4\u5B9A\u6807\u51C6\uFF09\uFF1B\u7126\u4F5C\u5E02\u6807\u51C6\u672A\u516C\u5E03\uFF08\u5360\u4F4D\u53C2\u6570 housing.public_rental.income_line\uFF09",
                fact: "incomePerCapitaMonthly",
                operator: "lessThanInclusive",
                value: { fact: "param:housing.public_rental.income_line" }
              },
              {
                name: "local_line_confirmed",
                basis: "\u516C\u5171\u79DF\u8D41\u4F4F\u623F\u7BA1\u7406\u529E\u6CD5\uFF08\u4F4F\u5EFA\u90E8\u4EE4\u7B2C11\u53F7\uFF09\u7B2C\u4E03\u6761\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u56DB\u5341\u6761\uFF08\u4F4F\u623F\u4FDD\u969C\u90E8\u95E8\u5BA1\u6838\uFF09",
                fact: "checkedAtWindow",
                operator: "equal",
                value: true
              }
            ]
          }
        ]
      },
      {
        any: [
          {
            name: "no_home",
            basis: "\u516C\u5171\u79DF\u8D41\u4F4F\u623F\u7BA1\u7406\u529E\u6CD5\uFF08\u4F4F\u5EFA\u90E8\u4EE4\u7B2C11\u53F7\uFF09\u7B2C\u4E03\u6761\uFF08\u5728\u672C\u5730\u65E0\u4F4F\u623F\uFF09",
            fact: "ownsHomeInJiaozuo",
            operator: "equal",
            value: false
          },
          {
            name: "area_below_standard",
            basis: "\u516C\u5171\u79DF\u8D41\u4F4F\u623F\u7BA1\u7406\u529E\u6CD5\uFF08\u4F4F\u5EFA\u90E8\u4EE4\u7B2C11\u53F7\uFF09\u7B2C\u4E03\u6761\uFF08\u4F4F\u623F\u9762\u79EF\u4F4E\u4E8E\u89C4\u5B9A\u6807\u51C6\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E5D\u6761\uFF1B\u7126\u4F5C\u5E02\u6807\u51C6\u672A\u516C\u5E03\uFF0C\u7531\u4F4F\u623F\u4FDD\u969C\u90E8\u95E8\u6838\u5B9E",
            fact: "checkedAtWindow",
            operator: "equal",
            value: true
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u516C\u5171\u79DF\u8D41\u4F4F\u623F\uFF08\u542B\u79DF\u8D41\u8865\u8D34\uFF09",
      summary: "\u6237\u7C4D\u5728\u7126\u4F5C\u7684\u57CE\u9547\u4F4E\u4FDD\u5BB6\u5EAD\u3001\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\u548C\u5206\u6563\u4F9B\u517B\u7279\u56F0\u4EBA\u5458\uFF0C\u4EE5\u53CA\u6536\u5165\u3001\u8D22\u4EA7\u4F4E\u4E8E\u5F53\u5730\u6807\u51C6\u7684\u4E2D\u7B49\u504F\u4E0B\u6536\u5165\u5BB6\u5EAD\u548C\u5728\u7126\u4F5C\u7A33\u5B9A\u5C31\u4E1A\u7684\u5916\u6765\u52A1\u5DE5\u4EBA\u5458\uFF0C\u5728\u7126\u4F5C\u6CA1\u6709\u81EA\u6709\u4F4F\u623F\u6216\u4EBA\u5747\u4F4F\u623F\u9762\u79EF\u4F4E\u4E8E\u5F53\u5730\u6807\u51C6\u7684\uFF0C\u53EF\u7533\u8BF7\u914D\u79DF\u516C\u5171\u79DF\u8D41\u4F4F\u623F\u6216\u9886\u53D6\u4F4F\u623F\u79DF\u8D41\u8865\u8D34\u3002\u8001\u5E74\u4EBA\u3001\u4F18\u629A\u5BF9\u8C61\u4F18\u5148\u3002",
      conditions: {
        hukou_urban: "\u57CE\u9547\u6237\u53E3",
        hukou_local: "\u6237\u7C4D\u5728\u7126\u4F5C\u5E02",
        holds_dibao: "\u5DF2\u4EAB\u53D7\u4F4E\u4FDD",
        holds_low_income: "\u5DF2\u8BA4\u5B9A\u4E3A\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD",
        holds_tekun: "\u5BB6\u4E2D\u6709\u5206\u6563\u4F9B\u517B\u7684\u7279\u56F0\u4EBA\u5458",
        no_home: "\u5728\u7126\u4F5C\u6CA1\u6709\u81EA\u6709\u4F4F\u623F",
        area_below_standard: "\u4EBA\u5747\u4F4F\u623F\u5EFA\u7B51\u9762\u79EF\u4F4E\u4E8E\u5F53\u5730\u4F4F\u623F\u56F0\u96BE\u6807\u51C6\uFF08\u7126\u4F5C\u6807\u51C6\u672A\u516C\u5E03\uFF0C\u7531\u4F4F\u623F\u4FDD\u969C\u90E8\u95E8\u6838\u5B9E\uFF09",
        income_below_local_line: "\u5BB6\u5EAD\u4EBA\u5747\u6708\u6536\u5165\u4E0D\u9AD8\u4E8E\u5F53\u5730\u516C\u79DF\u623F\u6536\u5165\u6807\u51C6\uFF08\u7126\u4F5C\u73B0\u884C\u6807\u51C6\u672A\u516C\u5E03\uFF0C\u6309\u5360\u4F4D\u503C\u521D\u5224\uFF09",
        local_line_confirmed: "\u6536\u5165\u3001\u8D22\u4EA7\u662F\u5426\u4F4E\u4E8E\u7126\u4F5C\u73B0\u884C\u6807\u51C6\uFF0C\u7531\u4F4F\u623F\u4FDD\u969C\u90E8\u95E8\u6838\u5B9E",
        resides_in_jiaozuo: "\u5E38\u4F4F\u7126\u4F5C",
        migrant_stable_work: "\u5728\u7126\u4F5C\u7A33\u5B9A\u5C31\u4E1A\u8FBE\u5230\u89C4\u5B9A\u5E74\u9650\u7684\u5916\u6765\u52A1\u5DE5\u4EBA\u5458\uFF08\u7531\u4F4F\u623F\u4FDD\u969C\u90E8\u95E8\u6838\u5B9E\uFF09",
        hukou_elsewhere: "\u6237\u7C4D\u4E0D\u5728\u7126\u4F5C"
      },
      window: { housing_records: "\u5BB6\u5EAD\u5728\u7126\u4F5C\u7684\u4F4F\u623F\u60C5\u51B5\uFF0C\u7531\u4F4F\u623F\u4FDD\u969C\u90E8\u95E8\u67E5\u8BE2\u4E0D\u52A8\u4EA7\u767B\u8BB0\u4FE1\u606F\u6838\u5B9E" }
    },
    en: {
      name: "public rental housing (or rent subsidy)",
      summary: "Urban households with Jiaozuo hukou that receive dibao, are recognised as low-income, or include a person in extreme poverty (\u7279\u56F0) living at home, other households below the local income and asset lines, and workers from elsewhere in stable work in Jiaozuo, who own no home in Jiaozuo or have less floor area per person than the local standard, can rent public rental housing or receive a rent subsidy. Elderly people and entitled military families come first.",
      conditions: {
        hukou_urban: "urban hukou",
        hukou_local: "hukou registered in Jiaozuo",
        holds_dibao: "already receives dibao",
        holds_low_income: "already recognised as a low-income household",
        holds_tekun: "a member receives extreme-poverty (\u7279\u56F0) support living at home",
        no_home: "owns no home in Jiaozuo",
        area_below_standard: "floor area per person below the local housing-difficulty standard (Jiaozuo\u2019s standard is not published: checked by the housing department)",
        income_below_local_line: "per-capita monthly income not above the local public-rental income line (Jiaozuo\u2019s current line is not published: placeholder)",
        local_line_confirmed: "whether income and assets are below Jiaozuo\u2019s current lines is checked by the housing department",
        resides_in_jiaozuo: "lives in Jiaozuo",
        migrant_stable_work: "a worker from elsewhere in stable work in Jiaozuo for the required period (checked by the housing department)",
        hukou_elsewhere: "hukou registered outside Jiaozuo"
      },
      window: { housing_records: "the housing department checks the household's homes in Jiaozuo in the property register" }
    }
  }
};

// rules/resident-pension.json
var resident_pension_default = {
  id: "resident-pension",
  tier: "B",
  scope: "member",
  effective: {
    from: "2022-10-26"
  },
  department: "human_resources",
  documents: ["resident_id_card", "hukou_booklet", "bank_account"],
  citation: {
    chapter: "\u7B2C\u4E5D\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u5B8C\u5584\u591A\u5C42\u6B21\u591A\u652F\u67F1\u517B\u8001\u4FDD\u9669\u4F53\u7CFB",
    quote: "\u5168\u9762\u843D\u5B9E\u57FA\u672C\u517B\u8001\u91D1\u5408\u7406\u8C03\u6574\u673A\u5236,\u5B8C\u5584\u57CE\u4E61\u5C45\u6C11\u57FA\u672C\u517B\u8001\u4FDD\u9669\u5236\u5EA6,\u7A33\u6B65\u63D0\u9AD8\u57FA\u7840\u517B\u8001\u91D1\u6700\u4F4E\u6807\u51C6,\u5F15\u5BFC\u57CE\u4E61\u5C45\u6C11\u53C2\u4FDD\u5E76\u6301\u7EED\u7F34\u8D39,\u843D\u5B9E\u53C2\u4FDD\u4EBA\u7F34\u8D39\u548C\u9886\u53D6\u5F85\u9047\u8D22\u653F\u8865\u8D34\u653F\u7B56,\u63D0\u9AD8\u4F4E\u6536\u5165\u53C2\u4FDD\u4EBA\u5F85\u9047\u6C34\u5E73\u3002",
    also: [
      "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u4E8C\u5341\u6761\u81F3\u7B2C\u4E8C\u5341\u4E8C\u6761\uFF08\u65B0\u578B\u519C\u6751\u793E\u4F1A\u517B\u8001\u4FDD\u9669\u3001\u57CE\u9547\u5C45\u6C11\u793E\u4F1A\u517B\u8001\u4FDD\u9669\uFF0C\u53EF\u5408\u5E76\u5B9E\u65BD\uFF09",
      "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u5341\u6761\u3001\u7B2C\u5341\u516D\u6761",
      "\u56FD\u53D1\u30142014\u30158\u53F7\uFF08\u5E74\u6EE160\u5468\u5C81\u3001\u7D2F\u8BA1\u7F34\u8D39\u6EE115\u5E74\u6309\u6708\u9886\u53D6\uFF1Bparameters.md \xA710.3\uFF0CL\uFF09",
      "\u6CB3\u5357\u7701\u5B9E\u65BD\u300A\u6B8B\u75BE\u4EBA\u4FDD\u969C\u6CD5\u300B\u529E\u6CD5 \u7B2C\u56DB\u5341\u4E00\u6761\u7B2C\u4E8C\u6B3E\uFF08\u4E3A\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u4EE3\u7F34\u5168\u90E8\u6700\u4F4E\u6807\u51C6\u7684\u517B\u8001\u4FDD\u9669\u8D39\uFF09"
    ]
  },
  verifiedAtWindow: ["enrolment_rules"],
  conditions: {
    all: [
      {
        name: "not_employee_scheme",
        fact: "pensionScheme",
        operator: "in",
        value: ["resident", "none"],
        basis: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u5341\u6761\uFF08\u804C\u5DE5\u5E94\u5F53\u53C2\u52A0\u804C\u5DE5\u57FA\u672C\u517B\u8001\u4FDD\u9669\uFF09\uFF1B\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u4E8C\u5341\u6761\u81F3\u7B2C\u4E8C\u5341\u4E8C\u6761\uFF08\u65B0\u578B\u519C\u6751\u793E\u4F1A\u517B\u8001\u4FDD\u9669\u3001\u57CE\u9547\u5C45\u6C11\u793E\u4F1A\u517B\u8001\u4FDD\u9669\uFF0C\u53EF\u5408\u5E76\u5B9E\u65BD\uFF09\uFF1A\u57CE\u4E61\u5C45\u6C11\u517B\u8001\u4FDD\u9669\u9762\u5411\u4E0D\u5C5E\u4E8E\u804C\u5DE5\u517B\u8001\u4FDD\u9669\u8986\u76D6\u8303\u56F4\u7684\u5C45\u6C11"
      },
      {
        any: [
          {
            all: [
              {
                name: "age_can_enrol",
                fact: "age",
                operator: "greaterThanInclusive",
                value: {
                  fact: "param:resident_pension.min_age"
                },
                basis: "\u56FD\u53D1\u30142014\u30158\u53F7\uFF08\u672A\u53D6\u5F97\u539F\u6587\uFF0Cparameters.md \xA710.3\uFF0CL\uFF09\uFF1B\u53C2\u4FDD\u8D77\u59CB\u5E74\u9F84\u4E3A\u5360\u4F4D\u53C2\u6570\uFF08UNVERIFIED\uFF09\uFF1B\u5360\u4F4D\u53C2\u6570 resident_pension.min_age\uFF08UNVERIFIED\uFF09"
              },
              {
                name: "below_pension_age",
                fact: "age",
                operator: "lessThan",
                value: {
                  fact: "param:resident_pension.pension_age"
                },
                basis: "\u56FD\u53D1\u30142014\u30158\u53F7\uFF08\u672A\u53D6\u5F97\u539F\u6587\uFF0Cparameters.md \xA710.3\uFF0CL\uFF09"
              }
            ]
          },
          {
            all: [
              {
                name: "pension_age",
                fact: "age",
                operator: "greaterThanInclusive",
                value: {
                  fact: "param:resident_pension.pension_age"
                },
                basis: "\u56FD\u53D1\u30142014\u30158\u53F7\uFF08\u672A\u53D6\u5F97\u539F\u6587\uFF0Cparameters.md \xA710.3\uFF0CL\uFF09\uFF1B\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u4E8C\u5341\u4E00\u6761\uFF08\u7B26\u5408\u56FD\u5BB6\u89C4\u5B9A\u6761\u4EF6\u7684\uFF0C\u6309\u6708\u9886\u53D6\uFF09"
              },
              {
                any: [
                  {
                    all: [
                      {
                        name: "enrolled_resident",
                        fact: "pensionScheme",
                        operator: "equal",
                        value: "resident",
                        basis: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u4E8C\u5341\u4E00\u6761"
                      },
                      {
                        name: "contributed_enough",
                        fact: "yearsContributedPension",
                        operator: "greaterThanInclusive",
                        value: {
                          fact: "param:resident_pension.min_years"
                        },
                        basis: "\u56FD\u53D1\u30142014\u30158\u53F7\uFF08\u672A\u53D6\u5F97\u539F\u6587\uFF0Cparameters.md \xA710.3\uFF0CL\uFF09"
                      }
                    ]
                  },
                  {
                    name: "catch_up_at_window",
                    fact: "checkedAtWindow",
                    operator: "equal",
                    value: true,
                    basis: "\u56FD\u53D1\u30142014\u30158\u53F7\uFF08\u672A\u53D6\u5F97\u539F\u6587\uFF0Cparameters.md \xA710.3\uFF0CL\uFF09\uFF1A\u7F34\u8D39\u4E0D\u8DB3\u5E74\u9650\u8005\u80FD\u5426\u8865\u7F34\u540E\u9886\u53D6\uFF0C\u7531\u7A97\u53E3\u6309\u6CB3\u5357\u529E\u6CD5\u7B54\u590D\uFF08\u672A\u6838\u5B9E\uFF09"
                  }
                ]
              }
            ]
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u57CE\u4E61\u5C45\u6C11\u57FA\u672C\u517B\u8001\u4FDD\u9669",
      summary: "\u4E0D\u5C5E\u4E8E\u804C\u5DE5\u57FA\u672C\u517B\u8001\u4FDD\u9669\u8986\u76D6\u8303\u56F4\u7684\u57CE\u4E61\u5C45\u6C11\uFF0C\u5E74\u6EE116\u5468\u5C81\uFF08\u5728\u6821\u5B66\u751F\u9664\u5916\uFF09\u53EF\u53C2\u52A0\u57CE\u4E61\u5C45\u6C11\u517B\u8001\u4FDD\u9669\uFF0C\u4E2A\u4EBA\u7F34\u8D39\u3001\u653F\u5E9C\u8865\u8D34\uFF1B\u5E74\u6EE160\u5468\u5C81\u3001\u7D2F\u8BA1\u7F34\u8D39\u6EE115\u5E74\u7684\uFF0C\u6309\u6708\u9886\u53D6\u57FA\u7840\u517B\u8001\u91D1\u548C\u4E2A\u4EBA\u8D26\u6237\u517B\u8001\u91D1\u3002\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u7684\u6700\u4F4E\u6807\u51C6\u4FDD\u8D39\u7531\u653F\u5E9C\u4EE3\u7F34\u3002",
      conditions: {
        not_employee_scheme: "\u672A\u53C2\u52A0\u804C\u5DE5\u57FA\u672C\u517B\u8001\u4FDD\u9669",
        age_can_enrol: "\u5E74\u6EE116\u5468\u5C81\uFF08\u5F85\u7A97\u53E3\u786E\u8BA4\uFF09",
        below_pension_age: "\u672A\u6EE160\u5468\u5C81\uFF08\u53C2\u4FDD\u7F34\u8D39\u9636\u6BB5\uFF09",
        pension_age: "\u5E74\u6EE160\u5468\u5C81",
        enrolled_resident: "\u5DF2\u53C2\u52A0\u57CE\u4E61\u5C45\u6C11\u517B\u8001\u4FDD\u9669",
        contributed_enough: "\u7D2F\u8BA1\u7F34\u8D39\u6EE115\u5E74",
        catch_up_at_window: "\u7F34\u8D39\u4E0D\u6EE115\u5E74\u7684\uFF0C\u80FD\u5426\u8865\u7F34\u540E\u9886\u53D6\u7531\u4EBA\u793E\u90E8\u95E8\u7B54\u590D"
      },
      window: {
        enrolment_rules: "\u5728\u6237\u7C4D\u6240\u5728\u5730\u53C2\u4FDD\uFF1B\u5728\u6821\u5B66\u751F\u4E0D\u53C2\u4FDD\uFF1B\u7F34\u8D39\u6863\u6B21\u3001\u8865\u7F34\u548C\u653F\u5E9C\u8865\u8D34\u6309\u6CB3\u5357\u73B0\u884C\u529E\u6CD5\u786E\u5B9A"
      },
      amountNote: "\u57FA\u7840\u517B\u8001\u91D1\u5168\u56FD\u6700\u4F4E\u6807\u51C62024\u5E74\u4E3A\u6BCF\u6708123\u5143\uFF08\u4F4E\u53EF\u4FE1\u5EA6\uFF09\uFF0C\u6CB3\u5357\u3001\u7126\u4F5C\u52A0\u53D1\u6807\u51C6\u672A\u6838\u5B9E\uFF1B\u53E6\u52A0\u4E2A\u4EBA\u8D26\u6237\u517B\u8001\u91D1"
    },
    en: {
      name: "urban-rural resident basic pension",
      summary: "Residents not covered by the employee basic pension can join the resident pension from age 16 (students excepted), paying contributions that the government tops up; from age 60, with 15 years of contributions, they receive a monthly base pension plus their personal-account pension. The government pays the minimum contribution for severely disabled people.",
      conditions: {
        not_employee_scheme: "not in the employee basic pension",
        age_can_enrol: "aged 16 or over (to be confirmed at the window)",
        below_pension_age: "under 60 (contribution years)",
        pension_age: "aged 60 or over",
        enrolled_resident: "enrolled in the resident pension",
        contributed_enough: "15 years of contributions",
        catch_up_at_window: "with fewer than 15 years, whether missing years can be paid up is answered by the human-resources office"
      },
      window: {
        enrolment_rules: "enrolment is where the hukou is; students do not enrol; contribution tiers, back-payments and subsidies follow Henan's current rules"
      },
      amountNote: "national minimum base pension 123 yuan a month in 2024 (low confidence); Henan and Jiaozuo top-ups not verified; plus the personal-account pension"
    }
  }
};

// rules/rural-housing-renovation.json
var rural_housing_renovation_default = {
  id: "rural-housing-renovation",
  tier: "A",
  scope: "household",
  effective: { from: "2019-03-02" },
  department: "rural_housing",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "dibao_certificate", "poverty_alleviation_proof", "house_safety_appraisal"],
  citation: {
    chapter: "\u7B2C\u516B\u7AE0",
    section: "\u7B2C\u4E8C\u8282",
    lead: "\u6DF1\u5165\u5B9E\u65BD\u519C\u6751\u5371\u623F\u6539\u9020",
    quote: "\u5EFA\u7ACB\u519C\u6751\u5371\u623F\u5E38\u6001\u5316\u76D1\u7BA1\u673A\u5236,\u505A\u597D\u65E5\u5E38\u76D1\u7BA1\u6392\u67E5,\u5F3A\u5316\u65E5\u5E38\u5B89\u5168\u5DE1\u67E5,\u8FDB\u884C\u8D28\u91CF\u5B89\u5168\u62BD\u67E5,\u52A8\u6001\u5B9E\u65BD\u65B0\u589E\u519C\u6751\u56F0\u96BE\u5BB6\u5EAD\u5371\u623F\u6539\u9020\u6551\u52A9\u3002",
    also: [
      "\u300C\u5341\u56DB\u4E94\u300D\u793E\u4F1A\u9886\u57DF\u516C\u5171\u670D\u52A1\u53D1\u5C55\u6307\u6807 \u4F4F\u6709\u6240\u5C45\u300C\u7B26\u5408\u6761\u4EF6\u7684\u519C\u6751\u4F4E\u6536\u5165\u7FA4\u4F53\u4F4F\u623F\u5B89\u5168\u4FDD\u969C\u7387\u300D: \u5B58\u91CF\u6E05\u96F6 \u2192 \u589E\u91CF\u52A8\u6001\u6E05\u96F6",
      "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E03\u6761\u3001\u7B2C\u4E09\u5341\u516B\u6761",
      "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B \u7B2C\u4E94\u5341\u4E00\u6761\uFF08\u629A\u6064\u4F18\u5F85\u5BF9\u8C61\u540C\u7B49\u6761\u4EF6\u4E0B\u4F18\u5148\uFF09",
      "\u519C\u6751\u5371\u623F\u6539\u9020\u5BF9\u8C61\uFF1A\u56E0\u75C5\u56E0\u707E\u56E0\u610F\u5916\u5BFC\u81F4\u57FA\u672C\u751F\u6D3B\u51FA\u73B0\u4E25\u91CD\u56F0\u96BE\u7684\u5BB6\u5EAD\uFF08parameters.md \xA73\uFF0Ccounty notices\uFF0CM\uFF09"
    ]
  },
  verifiedAtWindow: ["house"],
  conditions: {
    all: [
      {
        name: "hukou_rural",
        basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E09\u5341\u516B\u6761\u3001\u7B2C\u56DB\u5341\u6761\u7B2C\u4E8C\u6B3E\uFF08\u519C\u6751\u5BB6\u5EAD\u4F4F\u623F\u6551\u52A9\uFF1B\u519C\u6751\u5371\u623F\u6539\u9020\uFF09",
        fact: "hukouType",
        operator: "equal",
        value: "rural"
      },
      {
        name: "hukou_local",
        basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u56DB\u5341\u6761\u7B2C\u4E8C\u6B3E\uFF08\u6309\u53BF\u7EA7\u4EE5\u4E0A\u4EBA\u6C11\u653F\u5E9C\u89C4\u5B9A\uFF09\uFF1B\u89C4\u5212 \u7B2C\u516B\u7AE0\u7B2C\u4E8C\u8282",
        fact: "hukouInJiaozuo",
        operator: "equal",
        value: true
      },
      {
        any: [
          {
            name: "holds_dibao",
            basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E03\u6761\uFF08\u4F4F\u623F\u56F0\u96BE\u7684\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BB6\u5EAD\uFF09",
            fact: "holdsDibao",
            operator: "equal",
            value: true
          },
          {
            name: "holds_tekun",
            basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E09\u5341\u4E03\u6761\uFF08\u5206\u6563\u4F9B\u517B\u7684\u7279\u56F0\u4EBA\u5458\uFF09",
            fact: "householdHoldsTekun",
            operator: "equal",
            value: true
          },
          {
            name: "holds_low_income",
            basis: "\u519C\u6751\u5371\u623F\u6539\u9020\u5BF9\u8C61\uFF1A\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\uFF08parameters.md \xA73\uFF0C\u53BF\u7EA7\u901A\u77E5\uFF0CM\uFF09",
            fact: "holdsLowIncome",
            operator: "equal",
            value: true
          },
          {
            name: "poverty_alleviation",
            basis: "\u519C\u6751\u5371\u623F\u6539\u9020\u5BF9\u8C61\uFF1A\u6613\u8FD4\u8D2B\u81F4\u8D2B\u6237\u3001\u8131\u8D2B\u6237\uFF08parameters.md \xA73\uFF0C\u53BF\u7EA7\u901A\u77E5\uFF0CM\uFF09",
            fact: "holdsPovertyAlleviation",
            operator: "equal",
            value: true
          },
          {
            all: [
              {
                name: "hardship_event",
                basis: "\u519C\u6751\u5371\u623F\u6539\u9020\u5BF9\u8C61\uFF1A\u56E0\u75C5\u56E0\u707E\u56E0\u610F\u5916\u5BFC\u81F4\u57FA\u672C\u751F\u6D3B\u51FA\u73B0\u4E25\u91CD\u56F0\u96BE\u7684\u5BB6\u5EAD\uFF08parameters.md \xA73\uFF0CM\uFF09",
                fact: "hardshipEvent",
                operator: "equal",
                value: true
              },
              {
                name: "hardship_confirmed",
                basis: "\u519C\u6751\u5371\u623F\u6539\u9020\u5BF9\u8C61\u8BA4\u5B9A\u7531\u6751\u59D4\u4F1A\u3001\u4E61\u9547\u5BA1\u6838\uFF08parameters.md \xA73\uFF0CM\uFF09",
                fact: "checkedAtWindow",
                operator: "equal",
                value: true
              }
            ]
          }
        ]
      },
      {
        name: "house_unsafe",
        basis: "\u519C\u6751\u5371\u623F\u6539\u9020\uFF1A\u4F4F\u623F\u9274\u5B9A\u4E3AC\u7EA7\u3001D\u7EA7\u6216\u65E0\u5B89\u5168\u4F4F\u623F\uFF08parameters.md \xA73\uFF0CM\uFF09",
        fact: "houseSafety",
        operator: "in",
        value: ["C", "D", "no_house"]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u519C\u6751\u5371\u623F\u6539\u9020",
      summary: "\u6237\u7C4D\u5728\u7126\u4F5C\u7684\u519C\u6751\u4F4E\u4FDD\u6237\u3001\u7279\u56F0\u4EBA\u5458\u3001\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\u3001\u8131\u8D2B\u6237\u548C\u9632\u8FD4\u8D2B\u76D1\u6D4B\u6237\uFF0C\u4EE5\u53CA\u56E0\u75C5\u3001\u56E0\u707E\u3001\u56E0\u610F\u5916\u5BFC\u81F4\u751F\u6D3B\u56F0\u96BE\u7684\u5BB6\u5EAD\uFF0C\u4F4F\u623F\u9274\u5B9A\u4E3AC\u7EA7\u3001D\u7EA7\u5371\u623F\u6216\u6CA1\u6709\u5B89\u5168\u4F4F\u623F\u7684\uFF0C\u53EF\u7533\u8BF7\u5371\u623F\u6539\u9020\u8865\u52A9\u3002",
      conditions: {
        hukou_rural: "\u519C\u6751\u6237\u53E3",
        hukou_local: "\u6237\u7C4D\u5728\u7126\u4F5C\u5E02",
        holds_dibao: "\u5DF2\u4EAB\u53D7\u4F4E\u4FDD",
        holds_tekun: "\u5BB6\u4E2D\u6709\u5206\u6563\u4F9B\u517B\u7684\u7279\u56F0\u4EBA\u5458",
        holds_low_income: "\u5DF2\u8BA4\u5B9A\u4E3A\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD",
        poverty_alleviation: "\u5C5E\u4E8E\u8131\u8D2B\u6237\u6216\u9632\u8FD4\u8D2B\u76D1\u6D4B\u6237",
        house_unsafe: "\u4F4F\u623F\u9274\u5B9A\u4E3AC\u7EA7\u6216D\u7EA7\u5371\u623F\uFF0C\u6216\u6CA1\u6709\u5B89\u5168\u4F4F\u623F",
        hardship_event: "\u5BB6\u5EAD\u56E0\u75C5\u3001\u56E0\u707E\u3001\u56E0\u610F\u5916\u5BFC\u81F4\u751F\u6D3B\u56F0\u96BE",
        hardship_confirmed: "\u662F\u5426\u5C5E\u4E8E\u56E0\u75C5\u56E0\u707E\u56E0\u610F\u5916\u81F4\u8D2B\u7684\u56F0\u96BE\u5BB6\u5EAD\uFF0C\u7531\u6751\u59D4\u4F1A\u548C\u4E61\u9547\u6838\u5B9E"
      },
      window: { house: "\u4F4F\u623F\u5B89\u5168\u7B49\u7EA7\u4EE5\u4F4F\u5EFA\u90E8\u95E8\u7EC4\u7EC7\u7684\u9274\u5B9A\u4E3A\u51C6\uFF1B\u4ECE\u672A\u9274\u5B9A\u7684\uFF0C\u53EF\u7533\u8BF7\u4E0A\u95E8\u9274\u5B9A" }
    },
    en: {
      name: "rural dilapidated-house renovation",
      summary: "Rural households with Jiaozuo hukou that receive dibao, extreme-poverty (\u7279\u56F0) support or low-income status, are registered as lifted out of poverty or monitored for relapse, or fell into hardship through illness, disaster or an accident, and whose house is graded C or D (dangerous) or who have no safe house, can get help to repair or rebuild.",
      conditions: {
        hukou_rural: "rural hukou",
        hukou_local: "hukou registered in Jiaozuo",
        holds_dibao: "already receives dibao",
        holds_tekun: "a member receives extreme-poverty (\u7279\u56F0) support living at home",
        holds_low_income: "already recognised as a low-income household",
        poverty_alleviation: "registered as lifted out of poverty or monitored for relapse",
        house_unsafe: "house appraised as grade C or D, or no safe house",
        hardship_event: "the household fell into hardship through illness, disaster or an accident",
        hardship_confirmed: "whether the household counts as one in hardship after illness, disaster or an accident is checked by the village committee and the township"
      },
      window: {
        house: "the house's safety grade is the one found by the housing department's appraisal; a house never appraised can be appraised on request"
      }
    }
  }
};

// rules/skills-training-subsidy.json
var skills_training_subsidy_default = {
  id: "skills-training-subsidy",
  tier: "B",
  scope: "member",
  effective: {
    from: "2009-05-01"
  },
  department: "human_resources",
  documents: ["resident_id_card", "unemployment_registration", "training_certificate"],
  citation: {
    chapter: "\u7B2C\u4E94\u7AE0",
    section: "\u7B2C\u4E8C\u8282",
    lead: "\u5EFA\u7ACB\u5065\u5168\u6280\u80FD\u4EBA\u624D\u57F9\u517B\u57F9\u8BAD\u4F53\u7CFB",
    quote: "\u5F3A\u529B\u63A8\u52A8\u4F01\u4E1A\u804C\u5DE5\u5168\u5458\u57F9\u8BAD,\u5F3A\u5316\u9662\u6821\u6280\u80FD\u57F9\u8BAD\u4E3B\u9635\u5730\u4F5C\u7528,\u5927\u529B\u63D0\u5347\u516C\u5171\u5C31\u4E1A\u8BAD\u7EC3\u4E2D\u5FC3\u548C\u793E\u4F1A\u57F9\u8BAD\u673A\u6784\u57F9\u8BAD\u80FD\u529B\u3002",
    also: [
      "\u7B2C\u4E94\u7AE0 \u7B2C\u4E00\u8282\u300C\u5065\u5168\u5C31\u4E1A\u670D\u52A1\u4F53\u7CFB\u300D\uFF1A\u7EDF\u7B79\u5404\u7EA7\u5404\u7C7B\u804C\u4E1A\u6280\u80FD\u57F9\u8BAD\u8D44\u91D1,\u7545\u901A\u57F9\u8BAD\u8865\u8D34\u76F4\u8FBE\u4F01\u4E1A\u548C\u57F9\u8BAD\u8005\u6E20\u9053\u3002",
      "\u5C31\u4E1A\u4FC3\u8FDB\u6CD5 \u7B2C\u56DB\u5341\u4E5D\u6761\u3001\u7B2C\u4E94\u5341\u6761",
      "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u4E09\u5341\u4E03\u6761\u3001\u7B2C\u4E09\u5341\u516B\u6761\u3001\u7B2C\u56DB\u5341\u4E94\u6761\uFF08\u4E8C\uFF09"
    ]
  },
  verifiedAtWindow: ["course"],
  conditions: {
    all: [
      {
        name: "wants_training",
        fact: "wantsSkillsTraining",
        operator: "equal",
        value: true,
        basis: "\u5C31\u4E1A\u4FC3\u8FDB\u6CD5 \u7B2C\u56DB\u5341\u4E5D\u6761\uFF08\u5931\u4E1A\u4EBA\u5458\u53C2\u52A0\u5C31\u4E1A\u57F9\u8BAD\u7684\uFF0C\u6309\u7167\u6709\u5173\u89C4\u5B9A\u4EAB\u53D7\u653F\u5E9C\u57F9\u8BAD\u8865\u8D34\uFF09; \u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u4E09\u5341\u4E03\u6761"
      },
      {
        name: "resides_in_jiaozuo",
        fact: "residesInJiaozuo",
        operator: "equal",
        value: true,
        basis: "\u5C31\u4E1A\u4FC3\u8FDB\u6CD5 \u7B2C\u56DB\u5341\u4E5D\u6761\uFF08\u5730\u65B9\u5404\u7EA7\u4EBA\u6C11\u653F\u5E9C\uFF09; \u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u4E09\u5341\u516B\u6761"
      },
      {
        name: "working_age_min",
        fact: "age",
        operator: "greaterThanInclusive",
        value: {
          fact: "param:employment.working_age.min"
        },
        basis: "\u52B3\u52A8\u6CD5 \u7B2C\u5341\u4E94\u6761 (no employment under 16; employment.working_age.min); \u6CB3\u5357\u7701\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u6761\u4F8B (\u4E0D\u6EE1\u5341\u516D\u5468\u5C81\u7684\u672A\u6210\u5E74\u4EBA\u52A1\u5DE5 is forbidden)"
      },
      {
        name: "working_age_max",
        fact: "age",
        operator: "lessThanInclusive",
        value: {
          fact: "param:employment.working_age.max"
        },
        basis: "parameters.md \xA79 (\u5C31\u4E1A\u8865\u52A9\u8D44\u91D1\u7BA1\u7406\u529E\u6CD5: training subsidies are for workers of working age); \u5360\u4F4D\u53C2\u6570 employment.working_age.max\uFF08UNVERIFIED\uFF09"
      },
      {
        any: [
          {
            name: "unemployed",
            fact: "employment",
            operator: "equal",
            value: "unemployed",
            basis: "\u5C31\u4E1A\u4FC3\u8FDB\u6CD5 \u7B2C\u56DB\u5341\u4E5D\u6761\uFF08\u5931\u4E1A\u4EBA\u5458\uFF09; \u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u4E09\u5341\u4E03\u6761"
          },
          {
            name: "veteran",
            fact: "isVeteran",
            operator: "equal",
            value: true,
            basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u4E09\u5341\u4E03\u6761\uFF08\u590D\u5458\u8F6C\u4E1A\u519B\u4EBA\uFF09"
          },
          {
            name: "rural_worker",
            fact: "hukouType",
            operator: "equal",
            value: "rural",
            basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u4E09\u5341\u516B\u6761\uFF08\u519C\u6751\u52B3\u52A8\u529B\u804C\u4E1A\u6280\u80FD\u57F9\u8BAD\uFF09; \u5C31\u4E1A\u4FC3\u8FDB\u6CD5 \u7B2C\u4E94\u5341\u6761"
          },
          {
            all: [
              {
                name: "in_work",
                fact: "employment",
                operator: "in",
                value: ["employed", "self_employed"],
                basis: "the plan \u7B2C\u4E94\u7AE0 \u7B2C\u4E8C\u8282\u300C\u5EFA\u7ACB\u5065\u5168\u6280\u80FD\u4EBA\u624D\u57F9\u517B\u57F9\u8BAD\u4F53\u7CFB\u300D\uFF08\u5F3A\u529B\u63A8\u52A8\u4F01\u4E1A\u804C\u5DE5\u5168\u5458\u57F9\u8BAD\uFF09; \u7B2C\u4E94\u7AE0 \u7B2C\u4E00\u8282\uFF08\u57F9\u8BAD\u8865\u8D34\u76F4\u8FBE\u4F01\u4E1A\u548C\u57F9\u8BAD\u8005\uFF09"
              },
              {
                name: "employer_training",
                fact: "checkedAtWindow",
                operator: "equal",
                value: true,
                basis: "the plan \u7B2C\u4E94\u7AE0 \u7B2C\u4E00\u8282\uFF08\u7545\u901A\u57F9\u8BAD\u8865\u8D34\u76F4\u8FBE\u4F01\u4E1A\u548C\u57F9\u8BAD\u8005\u6E20\u9053\uFF09: subsidies for training in work go through the employer or the course; amounts UNVERIFIED (parameters.md \xA710.3)"
              }
            ]
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u804C\u4E1A\u6280\u80FD\u57F9\u8BAD\u8865\u8D34",
      summary: "\u5931\u4E1A\u4EBA\u5458\u3001\u590D\u5458\u8F6C\u4E1A\u519B\u4EBA\u548C\u519C\u6751\u52B3\u52A8\u529B\u53C2\u52A0\u804C\u4E1A\u6280\u80FD\u57F9\u8BAD\uFF0C\u6309\u89C4\u5B9A\u4EAB\u53D7\u57F9\u8BAD\u8865\u8D34\uFF08\u901A\u5E38\u901A\u8FC7\u5B9A\u70B9\u57F9\u8BAD\u673A\u6784\u514D\u8D39\u6216\u5148\u57F9\u8BAD\u540E\u8865\u8D34\uFF09\uFF0C\u53D6\u5F97\u8BC1\u4E66\u7684\u53EF\u83B7\u6280\u80FD\u9274\u5B9A\u8865\u8D34\uFF1B\u5728\u804C\u804C\u5DE5\u7684\u5C97\u4F4D\u6280\u80FD\u63D0\u5347\u57F9\u8BAD\u8865\u8D34\u7ECF\u4F01\u4E1A\u6216\u57F9\u8BAD\u673A\u6784\u7533\u9886\u3002",
      conditions: {
        wants_training: "\u60F3\u53C2\u52A0\u804C\u4E1A\u6280\u80FD\u57F9\u8BAD",
        resides_in_jiaozuo: "\u5E38\u4F4F\u7126\u4F5C",
        working_age_min: "\u5E74\u6EE116\u5468\u5C81",
        working_age_max: "\u672A\u8FBE\u5230\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84",
        unemployed: "\u76EE\u524D\u5931\u4E1A",
        veteran: "\u662F\u9000\u5F79\u519B\u4EBA",
        rural_worker: "\u519C\u6751\u6237\u7C4D\u52B3\u52A8\u529B",
        in_work: "\u76EE\u524D\u5728\u804C\u6216\u81EA\u4E3B\u7ECF\u8425",
        employer_training: "\u5728\u804C\u4EBA\u5458\u7684\u57F9\u8BAD\u8865\u8D34\u7ECF\u4F01\u4E1A\u6216\u57F9\u8BAD\u673A\u6784\u7533\u9886\uFF0C\u7531\u7A97\u53E3\u8BF4\u660E"
      },
      window: {
        course: "\u8865\u8D34\u6309\u57F9\u8BAD\u9879\u76EE\u3001\u8BC1\u4E66\u7B49\u7EA7\u548C\u5F53\u5730\u6807\u51C6\u6838\u5B9A\uFF08\u7126\u4F5C\u6807\u51C6\u672A\u67E5\u5230\uFF09\uFF0C\u987B\u5728\u4EBA\u793E\u90E8\u95E8\u516C\u5E03\u7684\u5B9A\u70B9\u673A\u6784\u53C2\u52A0\u57F9\u8BAD\u3002"
      },
      amountNote: "\u6309\u57F9\u8BAD\u9879\u76EE\u548C\u53D6\u5F97\u7684\u8BC1\u4E66\u7B49\u7EA7\u8865\u8D34\uFF0C\u6807\u51C6\u7531\u7A97\u53E3\u786E\u5B9A"
    },
    en: {
      name: "vocational-skills training subsidy",
      summary: "Unemployed people, ex-servicemen and rural workers who take vocational-skills training get a training subsidy (usually free courses at approved providers, or a refund after training) and a skills-test subsidy when they obtain a certificate; the subsidy for people in work is claimed through the employer or the training provider.",
      conditions: {
        wants_training: "wants vocational-skills training",
        resides_in_jiaozuo: "lives in Jiaozuo",
        working_age_min: "aged 16 or over",
        working_age_max: "below the statutory retirement age",
        unemployed: "unemployed at present",
        veteran: "is a veteran",
        rural_worker: "rural worker (rural hukou)",
        in_work: "in work or self-employed",
        employer_training: "for people in work, the subsidy goes through the employer or the provider; the window explains"
      },
      window: {
        course: "The subsidy depends on the course, the certificate level and local rates (Jiaozuo's were not found); training must be at a provider approved by the human-resources department."
      },
      amountNote: "by course and certificate level; the window sets the rate"
    }
  }
};

// rules/startup-guaranteed-loan.json
var startup_guaranteed_loan_default = {
  id: "startup-guaranteed-loan",
  tier: "B",
  scope: "member",
  effective: {
    from: "2009-05-01"
  },
  department: "human_resources",
  documents: ["resident_id_card", "business_plan", "business_license"],
  citation: {
    chapter: "\u7B2C\u4E94\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u5065\u5168\u5C31\u4E1A\u670D\u52A1\u4F53\u7CFB",
    quote: "\u52302025\u5E74,\u5168\u5E02\u804C\u4E1A\u6280\u80FD\u57F9\u8BAD\u7D2F\u8BA1\u8FBE25\u4E07\u4EBA\u6B21,\u521B\u4E1A\u57F9\u8BAD\u7D2F\u8BA1\u8FBE2.5\u4E07\u4EBA\u6B21,\u4E3A\u5168\u5E02\u529E\u7406\u521B\u4E1A\u62C5\u4FDD\u8D37\u6B3E15\u4EBF\u5143\u3002",
    also: [
      "\u7B2C\u4E94\u7AE0 \u7B2C\u4E8C\u8282\u300C\u5EFA\u7ACB\u5065\u5168\u6280\u80FD\u4EBA\u624D\u5C31\u4E1A\u521B\u4E1A\u652F\u6301\u4F53\u7CFB\u300D\uFF1A\u5B8C\u5584\u521B\u4E1A\u57F9\u8BAD\u3001\u521B\u4E1A\u62C5\u4FDD\u8D37\u6B3E\u3001\u521B\u4E1A\u5B75\u5316\u3001\u521B\u4E1A\u8F85\u5BFC\u201C\u56DB\u4F4D\u4E00\u4F53\u201D\u521B\u4E1A\u670D\u52A1\u4F53\u7CFB\u3002",
      "\u7B2C\u4E94\u7AE0 \u7B2C\u4E00\u8282\u300C\u6293\u597D\u91CD\u70B9\u7FA4\u4F53\u5C31\u4E1A\u521B\u4E1A\u300D\uFF1A\u5B9E\u65BD\u201C\u5F52\u96C1\u5DE5\u7A0B\u201D,\u652F\u6301\u519C\u6C11\u5DE5\u8FD4\u4E61\u521B\u4E1A\u3002",
      "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u5341\u516B\u6761\u3001\u7B2C\u5341\u4E5D\u6761\u3001\u7B2C\u56DB\u5341\u4E94\u6761\uFF08\u56DB\uFF09"
    ]
  },
  verifiedAtWindow: ["loan_terms"],
  conditions: {
    all: [
      {
        name: "starting_business",
        fact: "startingBusiness",
        operator: "equal",
        value: true,
        basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u5341\u516B\u6761\uFF08\u81EA\u4E3B\u521B\u4E1A\u4EBA\u5458\uFF09"
      },
      {
        name: "resides_in_jiaozuo",
        fact: "residesInJiaozuo",
        operator: "equal",
        value: true,
        basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u5341\u516B\u6761\uFF08\u53BF\u7EA7\u4EE5\u4E0A\u4EBA\u6C11\u653F\u5E9C\u2026\u8BBE\u7ACB\u5C0F\u989D\u8D37\u6B3E\u62C5\u4FDD\u57FA\u91D1\uFF09"
      },
      {
        name: "working_age_min",
        fact: "age",
        operator: "greaterThanInclusive",
        value: {
          fact: "param:employment.working_age.min"
        },
        basis: "\u52B3\u52A8\u6CD5 \u7B2C\u5341\u4E94\u6761 (no employment under 16; employment.working_age.min); \u6CB3\u5357\u7701\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u6761\u4F8B (\u4E0D\u6EE1\u5341\u516D\u5468\u5C81\u7684\u672A\u6210\u5E74\u4EBA\u52A1\u5DE5 is forbidden)"
      },
      {
        name: "working_age_max",
        fact: "age",
        operator: "lessThanInclusive",
        value: {
          fact: "param:employment.working_age.max"
        },
        basis: "parameters.md \xA710.3 (startup loan: national rules, secondary sources); \u5360\u4F4D\u53C2\u6570 employment.working_age.max\uFF08UNVERIFIED\uFF09"
      },
      {
        any: [
          {
            name: "unemployed",
            fact: "employment",
            operator: "equal",
            value: "unemployed",
            basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u5341\u516B\u6761\uFF08\u767B\u8BB0\u5931\u4E1A\u4EBA\u5458\uFF09"
          },
          {
            name: "returning_migrant",
            fact: "returningMigrantWorker",
            operator: "equal",
            value: true,
            basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u5341\u516B\u6761\uFF08\u56DE\u4E61\u521B\u4E1A\u519C\u6C11\u5DE5\uFF09"
          },
          {
            name: "graduate",
            fact: "recentGraduate",
            operator: "equal",
            value: true,
            basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u5341\u516B\u6761\uFF08\u5927\u4E2D\u4E13\u6BD5\u4E1A\u751F\uFF09"
          },
          {
            name: "veteran",
            fact: "isVeteran",
            operator: "equal",
            value: true,
            basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u5341\u516B\u6761\uFF08\u590D\u5458\u8F6C\u4E1A\u519B\u4EBA\uFF09; \u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u56DB\u5341\u516D\u6761"
          },
          {
            name: "disabled",
            fact: "hasDisabilityCertificate",
            operator: "equal",
            value: true,
            basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u5341\u516B\u6761\uFF08\u6B8B\u75BE\u4EBA\uFF09"
          },
          {
            name: "other_group",
            fact: "checkedAtWindow",
            operator: "equal",
            value: true,
            basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u5341\u516B\u6761\uFF08\u2026\u88AB\u5F81\u5730\u519C\u6C11\u7B49\u81EA\u4E3B\u521B\u4E1A\u4EBA\u5458\uFF09: the list is open (\u7B49) and names \u88AB\u5F81\u5730\u519C\u6C11, which the questionnaire does not ask; the window decides for other founders"
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u521B\u4E1A\u62C5\u4FDD\u8D37\u6B3E",
      summary: "\u767B\u8BB0\u5931\u4E1A\u4EBA\u5458\u3001\u8FD4\u4E61\u521B\u4E1A\u519C\u6C11\u5DE5\u3001\u9AD8\u6821\u6BD5\u4E1A\u751F\u3001\u9000\u5F79\u519B\u4EBA\u3001\u6B8B\u75BE\u4EBA\u7B49\u81EA\u4E3B\u521B\u4E1A\u7684\uFF0C\u53EF\u7533\u8BF7\u7531\u653F\u5E9C\u62C5\u4FDD\u57FA\u91D1\u62C5\u4FDD\u7684\u521B\u4E1A\u62C5\u4FDD\u8D37\u6B3E\uFF0C\u5E76\u6309\u89C4\u5B9A\u4EAB\u53D7\u8D22\u653F\u8D34\u606F\uFF1B\u540C\u65F6\u53EF\u53C2\u52A0\u521B\u4E1A\u57F9\u8BAD\u3001\u5165\u9A7B\u521B\u4E1A\u5B75\u5316\u57FA\u5730\u3002",
      conditions: {
        starting_business: "\u51C6\u5907\u6216\u6B63\u5728\u81EA\u4E3B\u521B\u4E1A",
        resides_in_jiaozuo: "\u5E38\u4F4F\u7126\u4F5C\uFF08\u5728\u7126\u4F5C\u521B\u4E1A\uFF09",
        working_age_min: "\u5E74\u6EE116\u5468\u5C81",
        working_age_max: "\u672A\u8FBE\u5230\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84",
        unemployed: "\u76EE\u524D\u5931\u4E1A\uFF08\u767B\u8BB0\u5931\u4E1A\u4EBA\u5458\uFF09",
        returning_migrant: "\u8FD4\u4E61\u521B\u4E1A\u519C\u6C11\u5DE5",
        graduate: "\u8FD1\u4E24\u5E74\u6BD5\u4E1A\u7684\u9AD8\u6821\u6BD5\u4E1A\u751F",
        veteran: "\u662F\u9000\u5F79\u519B\u4EBA",
        disabled: "\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1",
        other_group: "\u4E0D\u5C5E\u4E8E\u4E0A\u8FF0\u4EBA\u5458\u7684\uFF08\u5982\u88AB\u5F81\u5730\u519C\u6C11\u7B49\uFF09\uFF0C\u80FD\u5426\u7533\u8BF7\u7531\u7A97\u53E3\u8BA4\u5B9A"
      },
      window: {
        loan_terms: "\u8D37\u6B3E\u989D\u5EA6\uFF08\u4E2A\u4EBA\u6700\u9AD820\u4E07\u621630\u4E07\u5143\uFF0C\u6CB3\u5357\u73B0\u884C\u6807\u51C6\u672A\u6838\u5B9E\uFF09\u3001\u671F\u9650\u3001\u8D34\u606F\u548C\u4FE1\u7528\u5BA1\u6838\u7531\u4EBA\u793E\u90E8\u95E8\u548C\u7ECF\u529E\u94F6\u884C\u786E\u5B9A\uFF1B\u88AB\u5F81\u5730\u519C\u6C11\u7B49\u5176\u4ED6\u7FA4\u4F53\u4E5F\u53EF\u54A8\u8BE2\u3002"
      },
      amountNote: "\u8D37\u6B3E\u989D\u5EA6\u548C\u8D34\u606F\u6BD4\u4F8B\u7531\u7A97\u53E3\u786E\u5B9A"
    },
    en: {
      name: "guaranteed start-up loan",
      summary: "Registered unemployed people, migrant workers returning home, graduates, veterans, disabled people and others who start their own business can apply for a start-up loan guaranteed by a government fund, with a state interest subsidy, and can join start-up training and incubators.",
      conditions: {
        starting_business: "is starting or running their own business",
        resides_in_jiaozuo: "lives in Jiaozuo (the business is in Jiaozuo)",
        working_age_min: "aged 16 or over",
        working_age_max: "below the statutory retirement age",
        unemployed: "unemployed at present (registered unemployed)",
        returning_migrant: "a migrant worker who has returned home",
        graduate: "graduated from college or university in the last two years",
        veteran: "is a veteran",
        disabled: "holds a disability certificate",
        other_group: "for other founders (such as farmers who lost their land) the window decides"
      },
      window: {
        loan_terms: "The loan limit (200,000 or 300,000 yuan per person in the sources; Henan's current limit unverified), term, interest subsidy and credit check are set by the human-resources department and the bank; farmers who lost their land and other groups can also ask."
      },
      amountNote: "loan limit and interest subsidy set at the window"
    }
  }
};

// rules/tekun-support.json
var tekun_support_default = {
  id: "tekun-support",
  tier: "B",
  scope: "member",
  grantsStatus: "holdsTekun",
  effective: { from: "2019-03-02" },
  department: "civil_affairs",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "income_proof", "disability_certificate", "supporter_situation_proof"],
  citation: {
    chapter: "\u7B2C\u4E03\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u52A0\u5F3A\u516C\u529E\u517B\u8001\u673A\u6784\u5EFA\u8BBE",
    quote: "\u91CD\u70B9\u4E3A\u57CE\u4E61\u7279\u56F0\u8001\u4EBA\u3001\u4F4E\u4FDD\u5BB6\u5EAD\u4E2D\u7684\u5931\u80FD\u534A\u5931\u80FD\u8001\u4EBA\u63D0\u4F9B\u65E0\u507F\u6216\u4F4E\u6536\u8D39\u7684\u4F9B\u517B\u3001\u62A4\u7406\u670D\u52A1\u3002",
    also: ["\u7B2C\u4E5D\u7AE0 \u7B2C\u4E8C\u8282\u300C\u6784\u5EFA\u57CE\u4E61\u4E00\u4F53\u7684\u793E\u4F1A\u6551\u52A9\u4F53\u7CFB\u300D", "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u56DB\u6761", "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 (\u6C11\u53D1\u30142021\u301543\u53F7)"]
  },
  amount: { period: "month", formula: { fact: "tekunStandardMonthly" } },
  verifiedAtWindow: ["assets"],
  conditions: {
    any: [
      { name: "already_holds", basis: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u5341\u4E03\u6761\uFF08\u7ECF\u786E\u8BA4\u7ED9\u4E88\u6551\u52A9\u4F9B\u517B\uFF09", fact: "holdsTekun", operator: "equal", value: true },
      {
        all: [
          {
            name: "hukou_local",
            basis: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u5341\u6761\uFF08\u5411\u6237\u7C4D\u6240\u5728\u5730\u7533\u8BF7\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u516D\u6761",
            fact: "hukouInJiaozuo",
            operator: "equal",
            value: true
          },
          {
            any: [
              {
                name: "elderly",
                basis: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E94\u6761\uFF08\u4E00\uFF09\uFF0860\u5468\u5C81\u4EE5\u4E0A\u7684\u8001\u5E74\u4EBA\uFF09",
                fact: "age",
                operator: "greaterThanInclusive",
                value: { fact: "param:tekun.no_work_capacity.min_age" }
              },
              {
                name: "minor",
                basis: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E94\u6761\uFF08\u4E8C\uFF09\uFF08\u672A\u6EE116\u5468\u5C81\u7684\u672A\u6210\u5E74\u4EBA\uFF09",
                fact: "age",
                operator: "lessThan",
                value: { fact: "param:tekun.no_work_capacity.minor_age" }
              },
              {
                all: [
                  {
                    name: "has_certificate",
                    basis: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E94\u6761\uFF08\u4E09\uFF09\u3001\u7B2C\u5341\u6761\u7B2C\u4E8C\u6B3E\uFF08\u6B8B\u75BE\u4EBA\u5E94\u5F53\u63D0\u4F9B\u6B8B\u75BE\u4EBA\u8BC1\uFF09",
                    fact: "hasDisabilityCertificate",
                    operator: "equal",
                    value: true
                  },
                  {
                    any: [
                      {
                        all: [
                          {
                            name: "mental_category",
                            basis: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E94\u6761\uFF08\u4E09\uFF09\uFF08\u667A\u529B\u3001\u7CBE\u795E\u6B8B\u75BE\u4EBA\uFF09",
                            fact: "disabilityCategory",
                            operator: "in",
                            value: ["intellectual", "mental"]
                          },
                          {
                            name: "mental_grade",
                            basis: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E94\u6761\uFF08\u4E09\uFF09\uFF08\u6B8B\u75BE\u7B49\u7EA7\u4E3A\u4E00\u3001\u4E8C\u3001\u4E09\u7EA7\u7684\u667A\u529B\u3001\u7CBE\u795E\u6B8B\u75BE\u4EBA\uFF09\uFF1B2021-07-01\u4EE5\u524D\u63092021\u5E74\u6570\u503C\u5360\u4F4D\uFF082016\u5E74\u529E\u6CD5\u672A\u8BFB\uFF09",
                            fact: "disabilityGrade",
                            operator: "lessThanInclusive",
                            value: { fact: "param:tekun.no_work_capacity.mental_max_grade" }
                          }
                        ]
                      },
                      {
                        all: [
                          {
                            name: "physical_category",
                            basis: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E94\u6761\uFF08\u4E09\uFF09\uFF08\u80A2\u4F53\u6B8B\u75BE\u4EBA\uFF09",
                            fact: "disabilityCategory",
                            operator: "equal",
                            value: "physical"
                          },
                          {
                            name: "physical_grade",
                            basis: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E94\u6761\uFF08\u4E09\uFF09\uFF08\u6B8B\u75BE\u7B49\u7EA7\u4E3A\u4E00\u3001\u4E8C\u7EA7\u7684\u80A2\u4F53\u6B8B\u75BE\u4EBA\uFF09\uFF1B2021-07-01\u4EE5\u524D\u63092021\u5E74\u6570\u503C\u5360\u4F4D\uFF082016\u5E74\u529E\u6CD5\u672A\u8BFB\uFF09",
                            fact: "disabilityGrade",
                            operator: "lessThanInclusive",
                            value: { fact: "param:tekun.no_work_capacity.physical_max_grade" }
                          }
                        ]
                      },
                      {
                        all: [
                          {
                            name: "visual_category",
                            basis: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E94\u6761\uFF08\u4E09\uFF09\uFF08\u89C6\u529B\u6B8B\u75BE\u4EBA\uFF09",
                            fact: "disabilityCategory",
                            operator: "equal",
                            value: "visual"
                          },
                          {
                            name: "visual_grade",
                            basis: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E94\u6761\uFF08\u4E09\uFF09\uFF08\u6B8B\u75BE\u7B49\u7EA7\u4E3A\u4E00\u7EA7\u7684\u89C6\u529B\u6B8B\u75BE\u4EBA\uFF09\uFF1B2021-07-01\u4EE5\u524D\u63092021\u5E74\u6570\u503C\u5360\u4F4D\uFF082016\u5E74\u529E\u6CD5\u672A\u8BFB\uFF09",
                            fact: "disabilityGrade",
                            operator: "lessThanInclusive",
                            value: { fact: "param:tekun.no_work_capacity.visual_max_grade" }
                          }
                        ]
                      }
                    ]
                  }
                ]
              },
              {
                all: [
                  {
                    name: "unable_to_work",
                    basis: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E94\u6761\uFF08\u56DB\uFF09\uFF08\u7701\u3001\u81EA\u6CBB\u533A\u3001\u76F4\u8F96\u5E02\u4EBA\u6C11\u653F\u5E9C\u89C4\u5B9A\u7684\u5176\u4ED6\u60C5\u5F62\uFF09",
                    fact: "employment",
                    operator: "equal",
                    value: "unable"
                  },
                  {
                    name: "other_no_work_capacity",
                    basis: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E94\u6761\uFF08\u56DB\uFF09\uFF1B\u6CB3\u5357\u7701\u89C4\u5B9A\u7684\u5176\u4ED6\u65E0\u52B3\u52A8\u80FD\u529B\u60C5\u5F62\u672A\u5728\u8D44\u6599\u4E2D\u627E\u5230\uFF0C\u7531\u7A97\u53E3\u8BA4\u5B9A",
                    fact: "checkedAtWindow",
                    operator: "equal",
                    value: true
                  }
                ]
              }
            ]
          },
          {
            name: "no_income_source",
            basis: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u516D\u6761\uFF08\u6536\u5165\u4F4E\u4E8E\u5F53\u5730\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u6807\u51C6\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u56DB\u6761",
            fact: "incomePerCapitaMonthly",
            operator: "lessThan",
            value: { fact: "dibaoStandardMonthly" }
          },
          {
            name: "no_capable_supporter",
            basis: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u56DB\u6761\uFF08\u4E09\uFF09\u3001\u7B2C\u516B\u6761\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u56DB\u6761",
            fact: "hasCapableSupporter",
            operator: "equal",
            value: false
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u7279\u56F0\u4EBA\u5458\u6551\u52A9\u4F9B\u517B",
      summary: "\u65E0\u52B3\u52A8\u80FD\u529B\u3001\u65E0\u751F\u6D3B\u6765\u6E90\u3001\u65E0\u6CD5\u5B9A\u8D61\u517B\u629A\u517B\u6276\u517B\u4E49\u52A1\u4EBA\uFF08\u6216\u5176\u65E0\u80FD\u529B\u5C65\u884C\uFF09\u7684\u8001\u5E74\u4EBA\u3001\u6B8B\u75BE\u4EBA\u548C\u672A\u6210\u5E74\u4EBA\uFF0C\u7531\u653F\u5E9C\u63D0\u4F9B\u57FA\u672C\u751F\u6D3B\u3001\u7167\u6599\u62A4\u7406\u7B49\u6551\u52A9\u4F9B\u517B\u3002",
      conditions: {
        already_holds: "\u5DF2\u4EAB\u53D7\u7279\u56F0\u4EBA\u5458\u6551\u52A9\u4F9B\u517B",
        hukou_local: "\u6237\u7C4D\u5728\u7126\u4F5C\u5E02",
        elderly: "\u5E74\u6EE160\u5468\u5C81\uFF08\u89C6\u4E3A\u65E0\u52B3\u52A8\u80FD\u529B\uFF09",
        minor: "\u672A\u6EE116\u5468\u5C81\uFF08\u89C6\u4E3A\u65E0\u52B3\u52A8\u80FD\u529B\uFF09",
        mental_category: "\u667A\u529B\u6216\u7CBE\u795E\u6B8B\u75BE",
        mental_grade: "\u667A\u529B\u3001\u7CBE\u795E\u6B8B\u75BE\u4E00\u81F3\u4E09\u7EA7",
        physical_category: "\u80A2\u4F53\u6B8B\u75BE",
        physical_grade: "\u80A2\u4F53\u6B8B\u75BE\u4E00\u3001\u4E8C\u7EA7",
        visual_category: "\u89C6\u529B\u6B8B\u75BE",
        visual_grade: "\u89C6\u529B\u6B8B\u75BE\u4E00\u7EA7",
        no_income_source: "\u65E0\u751F\u6D3B\u6765\u6E90\uFF08\u6536\u5165\u4F4E\u4E8E\u5F53\u5730\u4F4E\u4FDD\u6807\u51C6\uFF09",
        no_capable_supporter: "\u65E0\u6CD5\u5B9A\u8D61\u517B\u3001\u629A\u517B\u3001\u6276\u517B\u4E49\u52A1\u4EBA\uFF0C\u6216\u4E49\u52A1\u4EBA\u65E0\u5C65\u884C\u80FD\u529B",
        has_certificate: "\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1",
        unable_to_work: "\u672C\u4EBA\u65E0\u52B3\u52A8\u80FD\u529B\uFF08\u5982\u91CD\u75C5\uFF09",
        other_no_work_capacity: "\u662F\u5426\u5C5E\u4E8E\u6CB3\u5357\u7701\u89C4\u5B9A\u7684\u5176\u4ED6\u65E0\u52B3\u52A8\u80FD\u529B\u60C5\u5F62\uFF0C\u7531\u7A97\u53E3\u8BA4\u5B9A"
      },
      window: { assets: "\u8D22\u4EA7\u72B6\u51B5\u662F\u5426\u7B26\u5408\u7279\u56F0\u4EBA\u5458\u8D22\u4EA7\u72B6\u51B5\u89C4\u5B9A\uFF0C\u7531\u7A97\u53E3\u6838\u5BF9" },
      amountNote: "\u57FA\u672C\u751F\u6D3B\u6807\u51C6\u4E0D\u4F4E\u4E8E\u5F53\u5730\u4F4E\u4FDD\u6807\u51C6\u76841.3\u500D\uFF0C\u53E6\u6709\u7167\u6599\u62A4\u7406\u8D39"
    },
    en: {
      name: "support for persons in extreme poverty (\u7279\u56F0)",
      summary: "Elderly, disabled and under-age people with no capacity to work, no income and no legal supporter able to support them receive basic living support and care from the government.",
      conditions: {
        already_holds: "already receives extreme-poverty support",
        hukou_local: "hukou registered in Jiaozuo",
        elderly: "aged 60 or over (counts as unable to work)",
        minor: "under 16 (counts as unable to work)",
        mental_category: "intellectual or mental disability",
        mental_grade: "intellectual or mental disability of grade 1 to 3",
        physical_category: "physical disability",
        physical_grade: "physical disability of grade 1 or 2",
        visual_category: "visual disability",
        visual_grade: "visual disability of grade 1",
        no_income_source: "no source of income (income below the local dibao standard)",
        no_capable_supporter: "no legal supporter, or none able to support them",
        has_certificate: "holds a disability certificate",
        unable_to_work: "unable to work (for example a serious illness)",
        other_no_work_capacity: "whether it is one of Henan's other cases of no work capacity is decided at the window"
      },
      window: { assets: "whether assets are within the \u7279\u56F0 limits is checked at the window" },
      amountNote: "basic living support of at least 1.3 times the local dibao standard, plus a care allowance"
    }
  }
};

// rules/temporary-assistance.json
var temporary_assistance_default = {
  id: "temporary-assistance",
  tier: "B",
  scope: "household",
  effective: {
    from: "2019-03-02"
  },
  department: "civil_affairs",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "income_proof", "hardship_proof"],
  citation: {
    chapter: "\u7B2C\u4E5D\u7AE0",
    section: "\u7B2C\u4E8C\u8282",
    lead: "\u6784\u5EFA\u57CE\u4E61\u4E00\u4F53\u7684\u793E\u4F1A\u6551\u52A9\u4F53\u7CFB",
    quote: "\u4EE5\u589E\u5F3A\u793E\u4F1A\u6551\u52A9\u53CA\u65F6\u6027\u3001\u6709\u6548\u6027\u4E3A\u76EE\u6807,\u9010\u6B65\u5EFA\u7ACB\u4EE5\u57FA\u672C\u751F\u6D3B\u6551\u52A9\u4E3A\u57FA\u7840\u3001\u4E13\u9879\u6551\u52A9\u4E3A\u652F\u6491\u3001\u6025\u96BE\u6551\u52A9\u4E3A\u8F85\u52A9\u3001\u653F\u5E9C\u6295\u5165\u4E3A\u4E3B\u5BFC\u3001\u793E\u4F1A\u529B\u91CF\u4E3A\u8865\u5145\u3001\u5236\u5EA6\u5B8C\u5584\u5065\u5168\u3001\u653F\u7B56\u6709\u673A\u8854\u63A5\u3001\u515C\u5E95\u4FDD\u969C\u6709\u529B\u7684\u7EFC\u5408\u6551\u52A9\u683C\u5C40\u53CA\u57CE\u4E61\u4E00\u4F53\u5316\u7684\u68AF\u5EA6\u6551\u52A9\u4F53\u7CFB\u3002",
    also: [
      "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u56DB\u5341\u4E03\u6761\u81F3\u7B2C\u56DB\u5341\u4E5D\u6761",
      "\u5173\u4E8E\u8FDB\u4E00\u6B65\u52A0\u5F3A\u548C\u6539\u8FDB\u4E34\u65F6\u6551\u52A9\u5DE5\u4F5C\u7684\u610F\u89C1\uFF08\u6C11\u53D1\u30142018\u301523\u53F7\uFF09\u4E8C(\u4E00)\u81F3(\u4E09)",
      "\u5173\u4E8E\u8FDB\u4E00\u6B65\u505A\u597D\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u7B49\u793E\u4F1A\u6551\u52A9\u515C\u5E95\u5DE5\u4F5C\u7684\u901A\u77E5\uFF08\u6C11\u53D1\u30142022\u301583\u53F7\uFF09\u56DB(\u4E09)"
    ]
  },
  verifiedAtWindow: ["assessment"],
  conditions: {
    all: [
      {
        any: [
          {
            name: "sudden_hardship",
            fact: "hardshipEvent",
            operator: "equal",
            value: true,
            basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u56DB\u5341\u4E03\u6761\uFF08\u56E0\u706B\u707E\u3001\u4EA4\u901A\u4E8B\u6545\u7B49\u610F\u5916\u4E8B\u4EF6\uFF0C\u5BB6\u5EAD\u6210\u5458\u7A81\u53D1\u91CD\u5927\u75BE\u75C5\u7B49\u539F\u56E0\uFF09; \u5173\u4E8E\u8FDB\u4E00\u6B65\u52A0\u5F3A\u548C\u6539\u8FDB\u4E34\u65F6\u6551\u52A9\u5DE5\u4F5C\u7684\u610F\u89C1\uFF08\u6C11\u53D1\u30142018\u301523\u53F7\uFF09 \u4E8C(\u4E00) \u6025\u96BE\u578B"
          },
          {
            name: "medical_spending",
            fact: "householdHighMedicalCosts",
            operator: "equal",
            value: true,
            basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u56DB\u5341\u4E03\u6761\uFF08\u56E0\u751F\u6D3B\u5FC5\u9700\u652F\u51FA\u7A81\u7136\u589E\u52A0\u8D85\u51FA\u5BB6\u5EAD\u627F\u53D7\u80FD\u529B\uFF09; \u5173\u4E8E\u8FDB\u4E00\u6B65\u52A0\u5F3A\u548C\u6539\u8FDB\u4E34\u65F6\u6551\u52A9\u5DE5\u4F5C\u7684\u610F\u89C1\uFF08\u6C11\u53D1\u30142018\u301523\u53F7\uFF09 \u4E8C(\u4E00) \u652F\u51FA\u578B\uFF08\u6559\u80B2\u3001\u533B\u7597\u7B49\u751F\u6D3B\u5FC5\u9700\u652F\u51FA\uFF09"
          }
        ]
      },
      {
        name: "serious_difficulty",
        fact: "checkedAtWindow",
        operator: "equal",
        value: true,
        basis: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u56DB\u5341\u4E03\u6761\uFF08\u57FA\u672C\u751F\u6D3B\u6682\u65F6\u51FA\u73B0\u4E25\u91CD\u56F0\u96BE\uFF09\u3001\u7B2C\u56DB\u5341\u4E5D\u6761\uFF08\u5177\u4F53\u4E8B\u9879\u3001\u6807\u51C6\u7531\u53BF\u7EA7\u4EE5\u4E0A\u5730\u65B9\u4EBA\u6C11\u653F\u5E9C\u786E\u5B9A\uFF09; \u5173\u4E8E\u8FDB\u4E00\u6B65\u52A0\u5F3A\u548C\u6539\u8FDB\u4E34\u65F6\u6551\u52A9\u5DE5\u4F5C\u7684\u610F\u89C1\uFF08\u6C11\u53D1\u30142018\u301523\u53F7\uFF09 \u4E8C(\u4E00)(\u4E8C)(\u4E09): severity, and for the spending type an income normally below the local prior-year per-capita disposable income with assets within local rules, are decided case by case at the window"
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u4E34\u65F6\u6551\u52A9",
      summary: "\u56E0\u706B\u707E\u3001\u4EA4\u901A\u4E8B\u6545\u7B49\u610F\u5916\u4E8B\u4EF6\u6216\u5BB6\u5EAD\u6210\u5458\u7A81\u53D1\u91CD\u5927\u75BE\u75C5\uFF0C\u6216\u8005\u56E0\u533B\u7597\u3001\u6559\u80B2\u7B49\u751F\u6D3B\u5FC5\u9700\u652F\u51FA\u7A81\u7136\u589E\u52A0\uFF0C\u5BFC\u81F4\u57FA\u672C\u751F\u6D3B\u6682\u65F6\u51FA\u73B0\u4E25\u91CD\u56F0\u96BE\u7684\u5BB6\u5EAD\uFF0C\u53EF\u5411\u4E61\u9547\u4EBA\u6C11\u653F\u5E9C\uFF08\u8857\u9053\u529E\u4E8B\u5904\uFF09\u7533\u8BF7\u4E34\u65F6\u6551\u52A9\u3002\u662F\u5426\u6551\u52A9\u3001\u6551\u52A9\u591A\u5C11\u7531\u6C11\u653F\u90E8\u95E8\u6839\u636E\u56F0\u96BE\u60C5\u5F62\u9010\u6848\u8BA4\u5B9A\uFF1B\u60C5\u51B5\u7D27\u6025\u7684\u53EF\u5148\u884C\u6551\u52A9\uFF0C\u4E5F\u53EF\u5728\u56F0\u96BE\u53D1\u751F\u5730\u7533\u8BF7\u3002",
      conditions: {
        sudden_hardship: "\u5BB6\u5EAD\u8FD1\u671F\u56E0\u75BE\u75C5\u3001\u707E\u5BB3\u6216\u610F\u5916\u4E8B\u4EF6\u9677\u5165\u56F0\u96BE\uFF08\u6025\u96BE\u578B\uFF09",
        medical_spending: "\u5BB6\u5EAD\u6210\u5458\u4ECA\u5E74\u6709\u533B\u4FDD\u62A5\u9500\u540E\u4ECD\u96BE\u4EE5\u627F\u62C5\u7684\u5927\u989D\u533B\u7597\u8D39\u7528\uFF08\u652F\u51FA\u578B\uFF09",
        serious_difficulty: "\u57FA\u672C\u751F\u6D3B\u662F\u5426\u6682\u65F6\u51FA\u73B0\u4E25\u91CD\u56F0\u96BE\uFF08\u652F\u51FA\u578B\u539F\u5219\u4E0A\u8FD8\u8981\u6C42\u5BB6\u5EAD\u4EBA\u5747\u53EF\u652F\u914D\u6536\u5165\u4F4E\u4E8E\u5F53\u5730\u4E0A\u5E74\u5EA6\u5E73\u5747\u6C34\u5E73\u3001\u8D22\u4EA7\u7B26\u5408\u89C4\u5B9A\uFF09\uFF0C\u7531\u7A97\u53E3\u9010\u6848\u8BA4\u5B9A"
      },
      window: {
        assessment: "\u4E34\u65F6\u6551\u52A9\u7684\u7C7B\u578B\u3001\u6863\u6B21\u548C\u91D1\u989D\u7531\u53BF\u7EA7\u6C11\u653F\u90E8\u95E8\uFF08\u6216\u53D7\u59D4\u6258\u7684\u4E61\u9547\u3001\u8857\u9053\uFF09\u6839\u636E\u56F0\u96BE\u7A0B\u5EA6\u9010\u6848\u786E\u5B9A\uFF1B\u7126\u4F5C\u7684\u5177\u4F53\u6807\u51C6\u672A\u516C\u5E03\uFF0C\u4EE5\u7A97\u53E3\u7B54\u590D\u4E3A\u51C6\u3002\u56E0\u6559\u80B2\u652F\u51FA\u6216\u5176\u4ED6\u7279\u6B8A\u56F0\u96BE\u7533\u8BF7\u7684\uFF0C\u4E5F\u53EF\u5230\u7A97\u53E3\u8BF4\u660E\u3002"
      },
      amountNote: "\u6551\u52A9\u6807\u51C6\u4E0E\u5F53\u5730\u4F4E\u4FDD\u6807\u51C6\u6302\u94A9\u3001\u5206\u7C7B\u5206\u6863\uFF0C\u5177\u4F53\u91D1\u989D\u7531\u7A97\u53E3\u786E\u5B9A"
    },
    en: {
      name: "emergency assistance",
      summary: "A household whose basic living is temporarily in serious difficulty because of a fire, a traffic accident or another accident, a member's sudden serious illness, or a sudden rise in essential spending such as medical or school costs can apply to the township or sub-district office for emergency assistance. Civil affairs decides case by case whether and how much to pay; urgent cases can be helped first and the paperwork done afterwards, and the application can be made where the emergency happened.",
      conditions: {
        sudden_hardship: "the household recently fell into hardship through illness, disaster or an accident (emergency type)",
        medical_spending: "a member has large medical costs this year that insurance does not cover (spending type)",
        serious_difficulty: "whether basic living is temporarily in serious difficulty (for the spending type, also income normally below the local average of the previous year and assets within the rules) is decided case by case at the window"
      },
      window: {
        assessment: "The county civil-affairs bureau (or the township it delegates to) sets the type, tier and amount case by case; Jiaozuo's standards are not published, so the window's answer applies. Households with sudden school costs or other special difficulties can also explain them at the window."
      },
      amountNote: "tiered and linked to the local dibao standard; the window sets the amount"
    }
  }
};

// rules/unemployment-insurance.json
var unemployment_insurance_default = {
  id: "unemployment-insurance",
  tier: "B",
  scope: "member",
  effective: {
    from: "2018-12-29"
  },
  department: "human_resources",
  documents: ["resident_id_card", "separation_certificate", "unemployment_registration", "bank_account"],
  citation: {
    chapter: "\u7B2C\u4E5D\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u5B8C\u5584\u5DE5\u4F24\u5931\u4E1A\u4FDD\u9669\u670D\u52A1",
    quote: "\u6301\u7EED\u6269\u5927\u5931\u4E1A\u4FDD\u9669\u4FDD\u969C\u8303\u56F4,\u7A33\u6B65\u63D0\u9AD8\u5931\u4E1A\u4FDD\u9669\u91D1\u6C34\u5E73,\u8FDB\u4E00\u6B65\u7545\u901A\u5931\u4E1A\u4FDD\u9669\u5F85\u9047\u7533\u9886\u6E20\u9053,\u63A8\u8FDB\u5931\u4E1A\u4FDD\u9669\u5173\u7CFB\u8F6C\u79FB\u63A5\u7EED,\u5B8C\u5584\u5931\u4E1A\u4FDD\u9669\u652F\u6301\u53C2\u4FDD\u4F01\u4E1A\u7A33\u5C97\u3001\u53C2\u4FDD\u804C\u5DE5\u63D0\u5347\u6280\u80FD\u653F\u7B56\u3002",
    also: [
      "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u56DB\u5341\u4E94\u6761\u81F3\u7B2C\u4E94\u5341\u4E00\u6761",
      "\u5931\u4E1A\u4FDD\u9669\u6761\u4F8B \u7B2C\u5341\u56DB\u6761\u3001\u7B2C\u5341\u4E03\u6761\u3001\u7B2C\u5341\u516B\u6761",
      "\u6CB3\u5357\u7701\u5931\u4E1A\u4FDD\u9669\u6761\u4F8B \u7B2C\u4E8C\u5341\u6761\u3001\u7B2C\u4E8C\u5341\u4E00\u6761\u3001\u7B2C\u4E8C\u5341\u4E09\u6761\uFF08\u6309\u5F53\u5730\u6700\u4F4E\u5DE5\u8D44\u6807\u51C6\u7684\u767E\u5206\u4E4B\u516B\u5341\u786E\u5B9A\uFF09"
    ]
  },
  verifiedAtWindow: ["registration", "remaining_period"],
  conditions: {
    all: [
      {
        name: "unemployed",
        fact: "employment",
        operator: "equal",
        value: "unemployed",
        basis: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u56DB\u5341\u4E94\u6761\uFF08\u5931\u4E1A\u4EBA\u5458\uFF09\uFF1B\u7B2C\u4E94\u5341\u4E00\u6761\u7B2C\u4E00\u9879\uFF08\u91CD\u65B0\u5C31\u4E1A\u7684\u505C\u6B62\u9886\u53D6\uFF09"
      },
      {
        name: "below_pension_age",
        fact: "age",
        operator: "lessThanInclusive",
        value: {
          fact: "param:employment.working_age.max"
        },
        basis: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u4E94\u5341\u4E00\u6761\u7B2C\u56DB\u9879\uFF08\u4EAB\u53D7\u57FA\u672C\u517B\u8001\u4FDD\u9669\u5F85\u9047\u7684\u505C\u6B62\u9886\u53D6\uFF09\uFF1B\u6309\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84\u7684\u5360\u4F4D\u53C2\u6570 employment.working_age.max\uFF08UNVERIFIED\uFF09"
      },
      {
        name: "insured_one_year",
        fact: "monthsInsured",
        operator: "greaterThanInclusive",
        value: {
          fact: "param:unemployment_insurance.min_months_insured"
        },
        basis: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u56DB\u5341\u4E94\u6761\u7B2C\u4E00\u9879\uFF08\u7528\u4EBA\u5355\u4F4D\u548C\u672C\u4EBA\u5DF2\u7ECF\u7F34\u7EB3\u5931\u4E1A\u4FDD\u9669\u8D39\u6EE1\u4E00\u5E74\uFF09\uFF1B\u6CB3\u5357\u7701\u5931\u4E1A\u4FDD\u9669\u6761\u4F8B \u7B2C\u4E8C\u5341\u6761\u7B2C\u4E00\u9879"
      },
      {
        name: "involuntary",
        fact: "jobLossInvoluntary",
        operator: "equal",
        value: true,
        basis: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u56DB\u5341\u4E94\u6761\u7B2C\u4E8C\u9879\uFF08\u975E\u56E0\u672C\u4EBA\u610F\u613F\u4E2D\u65AD\u5C31\u4E1A\uFF09"
      },
      {
        name: "seeking_work",
        fact: "seekingWork",
        operator: "equal",
        value: true,
        basis: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u56DB\u5341\u4E94\u6761\u7B2C\u4E09\u9879\uFF08\u5DF2\u7ECF\u8FDB\u884C\u5931\u4E1A\u767B\u8BB0\uFF0C\u5E76\u6709\u6C42\u804C\u8981\u6C42\uFF09"
      },
      {
        name: "within_benefit_period",
        fact: "monthsRegisteredUnemployed",
        operator: "lessThan",
        value: {
          fact: "unemploymentBenefitMaxMonths"
        },
        basis: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u56DB\u5341\u516D\u6761\uFF08\u6309\u7D2F\u8BA1\u7F34\u8D39\u65F6\u95F4\u786E\u5B9A\u6700\u957F\u9886\u53D6\u671F\u9650\uFF09\u3001\u7B2C\u4E94\u5341\u6761\u7B2C\u4E09\u6B3E\uFF08\u9886\u53D6\u671F\u9650\u81EA\u529E\u7406\u5931\u4E1A\u767B\u8BB0\u4E4B\u65E5\u8D77\u8BA1\u7B97\uFF09\uFF1B\u5C1A\u672A\u767B\u8BB0\u7684\u63090\u4E2A\u6708"
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u5931\u4E1A\u4FDD\u9669\u91D1",
      summary: "\u53C2\u52A0\u5931\u4E1A\u4FDD\u9669\u3001\u5355\u4F4D\u548C\u672C\u4EBA\u7F34\u8D39\u6EE1\u4E00\u5E74\u3001\u975E\u56E0\u672C\u4EBA\u610F\u613F\u5931\u4E1A\u5E76\u6709\u6C42\u804C\u8981\u6C42\u7684\u4EBA\u5458\uFF0C\u529E\u7406\u5931\u4E1A\u767B\u8BB0\u540E\u6309\u6708\u9886\u53D6\u5931\u4E1A\u4FDD\u9669\u91D1\uFF0C\u9886\u53D6\u671F\u95F4\u7531\u5931\u4E1A\u4FDD\u9669\u57FA\u91D1\u4EE3\u7F34\u804C\u5DE5\u57FA\u672C\u533B\u7597\u4FDD\u9669\u8D39\u3002",
      conditions: {
        unemployed: "\u76EE\u524D\u5931\u4E1A",
        below_pension_age: "\u672A\u5230\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84\u3001\u672A\u9886\u53D6\u57FA\u672C\u517B\u8001\u91D1\uFF08\u5E74\u9F84\u754C\u9650\u4E3A\u5360\u4F4D\u503C\uFF0C\u5F85\u7A97\u53E3\u786E\u8BA4\uFF09",
        insured_one_year: "\u5931\u4E1A\u524D\u5355\u4F4D\u548C\u672C\u4EBA\u5DF2\u7F34\u7EB3\u5931\u4E1A\u4FDD\u9669\u8D39\u6EE1\u4E00\u5E74",
        involuntary: "\u975E\u56E0\u672C\u4EBA\u610F\u613F\u4E2D\u65AD\u5C31\u4E1A",
        seeking_work: "\u6709\u6C42\u804C\u8981\u6C42",
        within_benefit_period: "\u81EA\u5931\u4E1A\u767B\u8BB0\u8D77\u7684\u6708\u6570\u4ECD\u5728\u6309\u7F34\u8D39\u65F6\u95F4\u786E\u5B9A\u7684\u6700\u957F\u9886\u53D6\u671F\u9650\u5185\uFF08\u5C1A\u672A\u767B\u8BB0\u586B0\uFF09"
      },
      window: {
        registration: "\u6301\u5355\u4F4D\u51FA\u5177\u7684\u7EC8\u6B62\u6216\u89E3\u9664\u52B3\u52A8\u5173\u7CFB\u8BC1\u660E\uFF0C\u5230\u516C\u5171\u5C31\u4E1A\u670D\u52A1\u673A\u6784\u529E\u7406\u5931\u4E1A\u767B\u8BB0\uFF0C\u518D\u51ED\u767B\u8BB0\u8BC1\u660E\u548C\u8EAB\u4EFD\u8BC1\u5230\u793E\u4F1A\u4FDD\u9669\u7ECF\u529E\u673A\u6784\u7533\u9886",
        remaining_period: "\u524D\u6B21\u5931\u4E1A\u5E94\u9886\u672A\u9886\u7684\u671F\u9650\u53EF\u5408\u5E76\u8BA1\u7B97\uFF08\u6700\u957F24\u4E2A\u6708\uFF09\uFF0C\u91CD\u65B0\u5C31\u4E1A\u540E\u7F34\u8D39\u65F6\u95F4\u91CD\u65B0\u8BA1\u7B97\uFF0C\u7531\u7ECF\u529E\u673A\u6784\u6838\u5B9A"
      },
      amountNote: "\u6309\u5F53\u5730\u6700\u4F4E\u5DE5\u8D44\u6807\u51C6\u768480%\u6309\u6708\u53D1\u653E\uFF08\u6CB3\u5357\u7701\u5931\u4E1A\u4FDD\u9669\u6761\u4F8B2001\u5E74\u6587\u672C\uFF09\uFF0C\u4E0D\u4F4E\u4E8E\u57CE\u5E02\u4F4E\u4FDD\u6807\u51C6\uFF1B\u7126\u4F5C\u73B0\u884C\u6700\u4F4E\u5DE5\u8D44\u6807\u51C6\u548C\u540E\u7EED\u8C03\u6574\u672A\u6838\u5B9E"
    },
    en: {
      name: "unemployment insurance benefit",
      summary: "Insured workers whose employer and who themselves paid unemployment insurance for at least a year, who lost their job not by their own choice and are looking for work, register as unemployed and receive a monthly benefit; while on it, their employee medical insurance is paid from the fund.",
      conditions: {
        unemployed: "unemployed now",
        below_pension_age: "below the statutory retirement age and not drawing a basic pension (the age bound is a placeholder, to be confirmed at the window)",
        insured_one_year: "the employer and the worker paid unemployment insurance for at least one year before the job ended",
        involuntary: "the job ended not by their own choice",
        seeking_work: "looking for work",
        within_benefit_period: "the months since registering as unemployed are still within the longest benefit period for the contributions (0 if not registered yet)"
      },
      window: {
        registration: "take the employer's certificate ending the labour relation to a public employment office to register as unemployed, then claim at the social-insurance agency with the registration and your ID",
        remaining_period: "unused months from an earlier spell of unemployment may be added (24 months at most), and contributions count afresh after re-employment: the agency sets the period"
      },
      amountNote: "80% of the local minimum wage a month (Henan's 2001 regulation), not below the urban dibao standard; Jiaozuo's current minimum wage and later changes are not verified"
    }
  }
};

// rules/veteran-adaptive-training.json
var veteran_adaptive_training_default = {
  id: "veteran-adaptive-training",
  tier: "A",
  scope: "member",
  effective: { from: "2021-01-01" },
  department: "veterans",
  documents: ["resident_id_card", "discharge_certificate"],
  citation: {
    chapter: "\u7B2C\u5341\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u52A0\u5927\u9000\u5F79\u519B\u4EBA\u5C31\u4E1A\u521B\u4E1A\u652F\u6301",
    quote: "\u5206\u7C7B\u63A8\u884C\u9000\u5F79\u519B\u4EBA\u5168\u5458\u9002\u5E94\u6027\u57F9\u8BAD,\u4F18\u5316\u8BFE\u7A0B\u4F53\u7CFB\u8BBE\u7F6E\u3002\u6DF1\u5316\u9000\u5F79\u519B\u4EBA\u804C\u4E1A\u6280\u80FD\u57F9\u8BAD,\u4E30\u5BCC\u57F9\u8BAD\u5185\u5BB9\u548C\u5F62\u5F0F,\u5F3A\u5316\u7EC8\u8EAB\u7F51\u7EDC\u6559\u80B2\u3002",
    also: ["\u9000\u5F79\u519B\u4EBA\u5B89\u7F6E\u6761\u4F8B \u7B2C\u516D\u5341\u4E8C\u6761\u3001\u7B2C\u516D\u5341\u56DB\u6761", "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u4E09\u5341\u516D\u6761"]
  },
  conditions: {
    all: [
      {
        name: "is_veteran",
        basis: "\u9000\u5F79\u519B\u4EBA\u5B89\u7F6E\u6761\u4F8B \u7B2C\u516D\u5341\u4E8C\u6761\uFF08\u519B\u4EBA\u9000\u51FA\u73B0\u5F79\u540E\u2026\u2026\u7EC4\u7EC7\u9002\u5E94\u6027\u57F9\u8BAD\uFF09",
        fact: "isVeteran",
        operator: "equal",
        value: true
      },
      {
        any: [
          {
            name: "recently_discharged",
            basis: "\u9000\u5F79\u519B\u4EBA\u5B89\u7F6E\u6761\u4F8B \u7B2C\u516D\u5341\u4E8C\u6761\uFF1B\u89C4\u5212 \u7B2C\u5341\u7AE0\u7B2C\u4E00\u8282\uFF1B\u201C\u65B0\u8FD1\u9000\u5F79\u201D\u671F\u9650\u672A\u516C\u5E03\uFF08\u5360\u4F4D\u53C2\u6570 veterans.adaptive_training.recent_discharge_months\uFF09",
            fact: "monthsSinceDischarge",
            operator: "lessThan",
            value: { fact: "param:veterans.adaptive_training.recent_discharge_months" }
          },
          {
            all: [
              {
                name: "wants_training",
                basis: "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u4E09\u5341\u516D\u6761\uFF08\u4E3A\u9000\u5F79\u519B\u4EBA\u63D0\u4F9B\u804C\u4E1A\u6280\u80FD\u57F9\u8BAD\uFF09",
                fact: "wantsSkillsTraining",
                operator: "equal",
                value: true
              },
              {
                name: "below_retirement_age",
                basis: "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u4E09\u5341\u516D\u6761\uFF08\u672A\u8FBE\u5230\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84\u2026\u2026\u4EAB\u53D7\u804C\u4E1A\u6280\u80FD\u57F9\u8BAD\u8865\u8D34\uFF09\uFF1B\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84\u6309\u5360\u4F4D\u53C2\u6570 employment.working_age.max",
                fact: "age",
                operator: "lessThanInclusive",
                value: { fact: "param:employment.working_age.max" }
              }
            ]
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u9000\u5F79\u519B\u4EBA\u9002\u5E94\u6027\u57F9\u8BAD\u548C\u804C\u4E1A\u6280\u80FD\u57F9\u8BAD",
      summary: "\u65B0\u9000\u5F79\u7684\u519B\u4EBA\u53C2\u52A0\u9000\u5F79\u519B\u4EBA\u4E8B\u52A1\u90E8\u95E8\u7EC4\u7EC7\u7684\u9002\u5E94\u6027\u57F9\u8BAD\uFF1B\u6709\u57F9\u8BAD\u610F\u613F\u7684\u9000\u5F79\u519B\u4EBA\u53EF\u514D\u8D39\u53C2\u52A0\u804C\u4E1A\u6280\u80FD\u57F9\u8BAD\uFF0C\u5728\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84\u524D\u53C2\u52A0\u7684\uFF0C\u6309\u89C4\u5B9A\u4EAB\u53D7\u57F9\u8BAD\u8865\u8D34\u3002",
      conditions: {
        is_veteran: "\u662F\u9000\u5F79\u519B\u4EBA",
        recently_discharged: "\u65B0\u8FD1\u9000\u5F79\uFF08\u9000\u5F79\u540E\u5728\u89C4\u5B9A\u6708\u6570\u4EE5\u5185\uFF09",
        wants_training: "\u5E0C\u671B\u53C2\u52A0\u804C\u4E1A\u6280\u80FD\u57F9\u8BAD",
        below_retirement_age: "\u672A\u8FBE\u5230\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84\uFF08\u804C\u4E1A\u6280\u80FD\u57F9\u8BAD\u8865\u8D34\uFF09"
      }
    },
    en: {
      name: "veterans' adaptation and skills training",
      summary: "Newly discharged veterans take the adaptation training run by the veterans' affairs bureau; veterans who want it can take vocational skills training free of charge, with a training subsidy if they train before the statutory retirement age.",
      conditions: {
        is_veteran: "is a veteran (discharged from the armed forces)",
        recently_discharged: "recently discharged (within the set number of months)",
        wants_training: "wants vocational skills training",
        below_retirement_age: "below the statutory retirement age (skills-training subsidy)"
      }
    }
  }
};

// rules/veteran-employment-support.json
var veteran_employment_support_default = {
  id: "veteran-employment-support",
  tier: "A",
  scope: "member",
  effective: { from: "2021-01-01" },
  department: "veterans",
  documents: ["resident_id_card", "discharge_certificate", "unemployment_registration", "business_plan"],
  citation: {
    chapter: "\u7B2C\u5341\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u52A0\u5927\u9000\u5F79\u519B\u4EBA\u5C31\u4E1A\u521B\u4E1A\u652F\u6301",
    quote: "\u4F18\u5316\u5C31\u4E1A\u521B\u4E1A\u670D\u52A1\u8303\u56F4\u3001\u670D\u52A1\u65B9\u5F0F,\u6269\u5927\u5C31\u4E1A\u4F9B\u7ED9,\u52A0\u5FEB\u9000\u5F79\u519B\u4EBA\u96F6\u5C31\u4E1A\u5BB6\u5EAD\u52A8\u6001\u6E05\u96F6\u3002",
    also: ["\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u56DB\u5341\u4E00\u6761\u81F3\u7B2C\u56DB\u5341\u4E03\u6761", "\u9000\u5F79\u519B\u4EBA\u5B89\u7F6E\u6761\u4F8B \u7B2C\u516D\u5341\u516D\u6761\u3001\u7B2C\u516D\u5341\u4E03\u6761"]
  },
  conditions: {
    all: [
      { name: "veteran", basis: "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u56DB\u5341\u4E00\u6761\uFF1B\u9000\u5F79\u519B\u4EBA\u5B89\u7F6E\u6761\u4F8B \u7B2C\u516D\u5341\u516D\u6761", fact: "isVeteran", operator: "equal", value: true },
      {
        any: [
          { name: "seeking_work", basis: "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u56DB\u5341\u4E00\u6761\uFF08\u514D\u8D39\u63D0\u4F9B\u804C\u4E1A\u4ECB\u7ECD\uFF09", fact: "seekingWork", operator: "equal", value: true },
          {
            name: "starting_business",
            basis: "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u56DB\u5341\u4E00\u6761\uFF08\u521B\u4E1A\u6307\u5BFC\uFF09\uFF1B\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u56DB\u5341\u56DB\u6761\u81F3\u7B2C\u56DB\u5341\u4E03\u6761\uFF08\u521B\u4E1A\u6276\u6301\uFF09",
            fact: "startingBusiness",
            operator: "equal",
            value: true
          }
        ]
      },
      {
        name: "working_age_min",
        basis: "\u52B3\u52A8\u6CD5 \u7B2C\u5341\u4E94\u6761\uFF08\u7981\u6B62\u7528\u4EBA\u5355\u4F4D\u62DB\u7528\u672A\u6EE1\u5341\u516D\u5468\u5C81\u7684\u672A\u6210\u5E74\u4EBA\uFF09\uFF08\u4E0D\u5728 laws/ \u4E2D\uFF0CM\uFF09",
        fact: "age",
        operator: "greaterThanInclusive",
        value: { fact: "param:employment.working_age.min" }
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u9000\u5F79\u519B\u4EBA\u5C31\u4E1A\u521B\u4E1A\u6276\u6301",
      summary: "\u516C\u5171\u5C31\u4E1A\u670D\u52A1\u673A\u6784\u514D\u8D39\u4E3A\u9000\u5F79\u519B\u4EBA\u63D0\u4F9B\u804C\u4E1A\u4ECB\u7ECD\u3001\u521B\u4E1A\u6307\u5BFC\uFF1B\u521B\u529E\u5C0F\u5FAE\u4F01\u4E1A\u7684\u53EF\u7533\u8BF7\u521B\u4E1A\u62C5\u4FDD\u8D37\u6B3E\u5E76\u4EAB\u53D7\u8D34\u606F\uFF0C\u4ECE\u4E8B\u4E2A\u4F53\u7ECF\u8425\u7684\u4F9D\u6CD5\u4EAB\u53D7\u7A0E\u6536\u4F18\u60E0\uFF1B\u7B26\u5408\u5C31\u4E1A\u56F0\u96BE\u4EBA\u5458\u6761\u4EF6\u7684\u7EB3\u5165\u5C31\u4E1A\u63F4\u52A9\uFF0C\u786E\u5B9E\u96BE\u4EE5\u5C31\u4E1A\u7684\u53EF\u5B89\u6392\u516C\u76CA\u6027\u5C97\u4F4D\u3002\u804C\u4E1A\u4ECB\u7ECD\u3001\u521B\u4E1A\u6307\u5BFC\u4E0D\u9650\u5E74\u9F84\uFF1B\u804C\u4E1A\u6280\u80FD\u57F9\u8BAD\u8865\u8D34\u9650\u672A\u8FBE\u5230\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84\u7684\u9000\u5F79\u519B\u4EBA\u3002",
      conditions: { veteran: "\u662F\u9000\u5F79\u519B\u4EBA", seeking_work: "\u6B63\u5728\u627E\u5DE5\u4F5C", starting_business: "\u51C6\u5907\u521B\u4E1A", working_age_min: "\u8FBE\u5230\u52B3\u52A8\u5E74\u9F84\uFF08\u5E74\u6EE116\u5468\u5C81\uFF09" }
    },
    en: {
      name: "veterans' employment and start-up support",
      summary: "Public employment services give veterans free job placement and start-up advice; veterans founding a small business can apply for a guaranteed start-up loan with an interest subsidy, and self-employed veterans get tax relief; veterans who count as having difficulty finding work receive employment assistance, including a public-welfare job if needed. Job placement and start-up advice have no age limit; the training subsidy is for veterans below the statutory retirement age.",
      conditions: {
        veteran: "is a veteran",
        seeking_work: "is looking for work",
        starting_business: "is starting a business",
        working_age_min: "of working age (16 or over)"
      }
    }
  }
};

// rules/veteran-hardship-aid.json
var veteran_hardship_aid_default = {
  id: "veteran-hardship-aid",
  tier: "A",
  scope: "member",
  effective: { from: "2021-01-01" },
  department: "veterans",
  documents: ["application_form", "resident_id_card", "hukou_booklet", "discharge_certificate", "dibao_certificate", "income_proof"],
  citation: {
    chapter: "\u7B2C\u5341\u7AE0",
    section: "\u7B2C\u4E8C\u8282",
    lead: "\u5B8C\u5584\u9000\u5F79\u519B\u4EBA\u670D\u52A1\u4FDD\u969C\u4F53\u7CFB",
    quote: "\u5EFA\u7ACB\u9000\u5F79\u519B\u4EBA\u670D\u52A1\u4E8B\u9879\u76EE\u5F55\u3001\u9000\u5F79\u519B\u4EBA\u548C\u5176\u4ED6\u4F18\u629A\u5BF9\u8C61\u4F18\u5F85\u76EE\u5F55,\u843D\u5B9E\u56F0\u96BE\u9000\u5F79\u519B\u4EBA\u5E2E\u6276\u63F4\u52A9\u673A\u5236\u3002",
    also: ["\u7B2C\u5341\u7AE0 \u7B2C\u4E00\u8282\u300C\u52A0\u5927\u9000\u5F79\u519B\u4EBA\u5C31\u4E1A\u521B\u4E1A\u652F\u6301\u300D\uFF08\u9000\u5F79\u519B\u4EBA\u96F6\u5C31\u4E1A\u5BB6\u5EAD\u52A8\u6001\u6E05\u96F6\uFF09", "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u4E94\u5341\u4E94\u6761", "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B \u7B2C\u4E09\u5341\u516B\u6761"]
  },
  verifiedAtWindow: ["hardship_assessment"],
  conditions: {
    all: [
      { name: "veteran", basis: "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u4E94\u5341\u4E94\u6761\uFF08\u5BF9\u751F\u6D3B\u56F0\u96BE\u7684\u9000\u5F79\u519B\u4EBA\u7ED9\u4E88\u5E2E\u6276\u63F4\u52A9\uFF09", fact: "isVeteran", operator: "equal", value: true },
      {
        any: [
          {
            name: "holds_dibao",
            basis: "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u4E94\u5341\u4E94\u6761\uFF08\u751F\u6D3B\u56F0\u96BE\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u4E5D\u6761",
            fact: "holdsDibao",
            operator: "equal",
            value: true
          },
          {
            name: "holds_low_income",
            basis: "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u4E94\u5341\u4E94\u6761\uFF08\u751F\u6D3B\u56F0\u96BE\uFF09\uFF1B\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u516B\u6761\u7B2C\u4E8C\u6B3E",
            fact: "holdsLowIncome",
            operator: "equal",
            value: true
          },
          {
            name: "holds_tekun",
            basis: "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u4E94\u5341\u4E94\u6761\uFF08\u751F\u6D3B\u56F0\u96BE\uFF09\uFF1B\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u56DB\u6761",
            fact: "householdHoldsTekun",
            operator: "equal",
            value: true
          },
          {
            name: "zero_employment",
            basis: "\u89C4\u5212 \u7B2C\u5341\u7AE0\u7B2C\u4E00\u8282\uFF08\u9000\u5F79\u519B\u4EBA\u96F6\u5C31\u4E1A\u5BB6\u5EAD\u52A8\u6001\u6E05\u96F6\uFF09\uFF1B\u52B3\u52A8\u5E74\u9F84\u4E0A\u9650\u4E3A\u5360\u4F4D\u53C2\u6570 employment.working_age.max",
            fact: "zeroEmployment",
            operator: "equal",
            value: true
          },
          {
            all: [
              {
                name: "hardship_event",
                basis: "\u9000\u5F79\u519B\u4EBA\u4FDD\u969C\u6CD5 \u7B2C\u4E94\u5341\u4E94\u6761\uFF08\u751F\u6D3B\u56F0\u96BE\u7684\u9000\u5F79\u519B\u4EBA\uFF09\uFF1B\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09\u7B2C\u4E09\u5341\u516B\u6761\uFF08\u751F\u6D3B\u53D1\u751F\u91CD\u5927\u53D8\u6545\u3001\u9047\u5230\u7279\u6B8A\u56F0\u96BE\uFF09",
                fact: "hardshipEvent",
                operator: "equal",
                value: true
              },
              {
                name: "hardship_assessed",
                basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09\u7B2C\u4E09\u5341\u516B\u6761\u7B2C\u4E8C\u6B3E\uFF08\u4E61\u9547\u3001\u8857\u9053\u8D70\u8BBF\u4E86\u89E3\uFF0C\u7EC4\u7EC7\u5E2E\u6276\uFF09\uFF1B\u7531\u9000\u5F79\u519B\u4EBA\u670D\u52A1\u7AD9\u8BA4\u5B9A",
                fact: "checkedAtWindow",
                operator: "equal",
                value: true
              }
            ]
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u56F0\u96BE\u9000\u5F79\u519B\u4EBA\u5E2E\u6276\u63F4\u52A9",
      summary: "\u5BB6\u5EAD\u4EAB\u53D7\u4F4E\u4FDD\u3001\u4F4E\u4FDD\u8FB9\u7F18\u6216\u7279\u56F0\u6551\u52A9\uFF0C\u6216\u8005\u5BB6\u4E2D\u52B3\u52A8\u5E74\u9F84\u6210\u5458\u90FD\u6CA1\u6709\u5C31\u4E1A\u7684\u9000\u5F79\u519B\u4EBA\uFF0C\u53EF\u5411\u9000\u5F79\u519B\u4EBA\u670D\u52A1\u7AD9\u7533\u8BF7\u5E2E\u6276\u63F4\u52A9\uFF0C\u5728\u751F\u6D3B\u3001\u517B\u8001\u3001\u533B\u7597\u3001\u4F4F\u623F\u3001\u5C31\u4E1A\u7B49\u65B9\u9762\u83B7\u5F97\u5E2E\u6276\u3002",
      conditions: {
        veteran: "\u662F\u9000\u5F79\u519B\u4EBA",
        holds_dibao: "\u5BB6\u5EAD\u4EAB\u53D7\u4F4E\u4FDD",
        holds_low_income: "\u5BB6\u5EAD\u4E3A\u4F4E\u4FDD\u8FB9\u7F18\uFF08\u4F4E\u6536\u5165\uFF09\u5BB6\u5EAD",
        holds_tekun: "\u4EAB\u53D7\u7279\u56F0\u4EBA\u5458\u6551\u52A9\u4F9B\u517B",
        zero_employment: "\u96F6\u5C31\u4E1A\u5BB6\u5EAD\uFF08\u5BB6\u4E2D\u52B3\u52A8\u5E74\u9F84\u6210\u5458\u90FD\u6CA1\u6709\u5C31\u4E1A\uFF09",
        hardship_event: "\u5BB6\u5EAD\u56E0\u75C5\u3001\u56E0\u707E\u3001\u56E0\u610F\u5916\u5BFC\u81F4\u751F\u6D3B\u56F0\u96BE",
        hardship_assessed: "\u662F\u5426\u5C5E\u4E8E\u751F\u6D3B\u56F0\u96BE\u3001\u9700\u8981\u5E2E\u6276\uFF0C\u7531\u9000\u5F79\u519B\u4EBA\u670D\u52A1\u7AD9\u8BA4\u5B9A"
      },
      window: { hardship_assessment: "\u5E2E\u6276\u7684\u65B9\u5F0F\u548C\u529B\u5EA6\u7531\u9000\u5F79\u519B\u4EBA\u670D\u52A1\u7AD9\u6839\u636E\u5BB6\u5EAD\u5B9E\u9645\u56F0\u96BE\u6838\u5B9E\u786E\u5B9A\u3002" }
    },
    en: {
      name: "aid for veterans in hardship",
      summary: "Veterans whose household receives dibao, is a low-income (\u4F4E\u4FDD\u8FB9\u7F18) household, receives extreme-poverty (\u7279\u56F0) support, or has no working-age member in work can apply to the veterans' service station for help with living costs, old-age care, medical care, housing and employment.",
      conditions: {
        veteran: "is a veteran",
        holds_dibao: "the household receives dibao",
        holds_low_income: "the household is a low-income (\u4F4E\u4FDD\u8FB9\u7F18) household",
        holds_tekun: "receives extreme-poverty (\u7279\u56F0) support",
        zero_employment: "zero-employment household (no working-age member has a job)",
        hardship_event: "the household fell into hardship through illness, disaster or an accident",
        hardship_assessed: "whether the household is in hardship and needs help is decided by the veterans\u2019 service station"
      },
      window: { hardship_assessment: "The veterans' service station decides what help to give from the household's actual situation." }
    }
  }
};

// rules/veteran-periodic-pension.json
var veteran_periodic_pension_default = {
  id: "veteran-periodic-pension",
  tier: "A",
  scope: "member",
  effective: { from: "2021-01-01" },
  department: "veterans",
  documents: [
    "application_form",
    "resident_id_card",
    "hukou_booklet",
    "discharge_certificate",
    "disabled_serviceman_certificate",
    "survivor_certificate",
    "income_proof",
    "bank_account"
  ],
  citation: {
    chapter: "\u7B2C\u5341\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u52A0\u5F3A\u9000\u5F79\u519B\u4EBA\u4F18\u629A\u529B\u5EA6",
    quote: "\u52A0\u5927\u5BF9\u4EAB\u53D7\u56FD\u5BB6\u5B9A\u671F\u629A\u6064\u8865\u52A9\u7684\u4F18\u629A\u5BF9\u8C61\u8D22\u653F\u4FDD\u969C\u529B\u5EA6,\u52A0\u5F3A\u4F18\u629A\u5BF9\u8C61\u6570\u636E\u7CBE\u7EC6\u5316\u7BA1\u7406,\u786E\u4FDD\u4F18\u629A\u8D44\u91D1\u51C6\u786E\u3001\u5B89\u5168\u3001\u53CA\u65F6\u53D1\u653E\u3002",
    also: ["\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B \u7B2C\u5341\u4E5D\u6761\uFF08\u9057\u5C5E\u5B9A\u671F\u629A\u6064\u91D1\uFF09\u3001\u7B2C\u4E8C\u5341\u4E03\u6761\uFF08\u6B8B\u75BE\u629A\u6064\uFF09\u3001\u7B2C\u516D\u5341\u4E8C\u6761\uFF08\u5B9A\u671F\u751F\u6D3B\u8865\u52A9\uFF09"]
  },
  verifiedAtWindow: ["living_allowance_groups"],
  conditions: {
    any: [
      {
        all: [
          {
            name: "survivor",
            basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u5341\u4E5D\u6761\uFF08\u70C8\u58EB\u9057\u5C5E\u3001\u56E0\u516C\u727A\u7272\u519B\u4EBA\u9057\u5C5E\u3001\u75C5\u6545\u519B\u4EBA\u9057\u5C5E\uFF09",
            fact: "survivorOf",
            operator: "in",
            value: ["martyr", "duty_death", "illness_death"]
          },
          {
            any: [
              {
                all: [
                  {
                    name: "parent_or_spouse",
                    basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u5341\u4E5D\u6761\uFF08\u4E00\uFF09\uFF08\u7236\u6BCD\uFF08\u629A\u517B\u4EBA\uFF09\u3001\u914D\u5076\uFF09",
                    fact: "survivorRelation",
                    operator: "in",
                    value: ["parent", "spouse"]
                  },
                  {
                    any: [
                      {
                        all: [
                          {
                            name: "unable_to_work",
                            basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u5341\u4E5D\u6761\uFF08\u4E00\uFF09\uFF08\u65E0\u52B3\u52A8\u80FD\u529B\uFF09",
                            fact: "employment",
                            operator: "equal",
                            value: "unable"
                          },
                          {
                            name: "no_living_income",
                            basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u5341\u4E5D\u6761\uFF08\u4E00\uFF09\uFF08\u65E0\u751F\u6D3B\u8D39\u6765\u6E90\uFF09",
                            fact: "hasLivingIncome",
                            operator: "equal",
                            value: false
                          }
                        ]
                      },
                      {
                        name: "income_below_local_average",
                        basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u5341\u4E5D\u6761\uFF08\u4E00\uFF09\uFF08\u6536\u5165\u6C34\u5E73\u4F4E\u4E8E\u5F53\u5730\u5C45\u6C11\u5E73\u5747\u751F\u6D3B\u6C34\u5E73\uFF09\uFF1B\u5F53\u5730\u6807\u51C6\u672A\u516C\u5E03\uFF0C\u7531\u7A97\u53E3\u6838\u5B9E",
                        fact: "checkedAtWindow",
                        operator: "equal",
                        value: true
                      }
                    ]
                  }
                ]
              },
              {
                all: [
                  {
                    name: "survivor_child",
                    basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u5341\u4E5D\u6761\uFF08\u4E8C\uFF09\uFF08\u5B50\u5973\uFF09",
                    fact: "survivorRelation",
                    operator: "equal",
                    value: "child"
                  },
                  {
                    any: [
                      {
                        name: "child_under_18",
                        basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u5341\u4E5D\u6761\uFF08\u4E8C\uFF09\uFF08\u5B50\u5973\u672A\u6EE118\u5468\u5C81\uFF09",
                        fact: "age",
                        operator: "lessThan",
                        value: { fact: "param:general.adult_age" }
                      },
                      {
                        all: [
                          {
                            any: [
                              {
                                name: "child_studying",
                                basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u5341\u4E5D\u6761\uFF08\u4E8C\uFF09\uFF08\u5DF2\u6EE118\u5468\u5C81\u4F46\u56E0\u4E0A\u5B66\u2026\u2026\u65E0\u751F\u6D3B\u8D39\u6765\u6E90\uFF09",
                                fact: "schoolStage",
                                operator: "in",
                                value: ["primary", "junior", "senior", "vocational", "college"]
                              },
                              {
                                name: "child_disabled",
                                basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u5341\u4E5D\u6761\uFF08\u4E8C\uFF09\uFF08\u5DF2\u6EE118\u5468\u5C81\u4F46\u56E0\u2026\u2026\u6B8B\u75BE\u65E0\u751F\u6D3B\u8D39\u6765\u6E90\uFF09",
                                fact: "hasDisabilityCertificate",
                                operator: "equal",
                                value: true
                              }
                            ]
                          },
                          {
                            name: "child_no_living_income",
                            basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u5341\u4E5D\u6761\uFF08\u4E8C\uFF09\uFF08\u65E0\u751F\u6D3B\u8D39\u6765\u6E90\uFF09",
                            fact: "hasLivingIncome",
                            operator: "equal",
                            value: false
                          }
                        ]
                      }
                    ]
                  }
                ]
              },
              {
                all: [
                  {
                    name: "survivor_sibling",
                    basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u5341\u4E5D\u6761\uFF08\u4E09\uFF09\uFF08\u5144\u5F1F\u59D0\u59B9\uFF09",
                    fact: "survivorRelation",
                    operator: "equal",
                    value: "sibling"
                  },
                  {
                    name: "supported_by_deceased",
                    basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u5341\u4E5D\u6761\uFF08\u4E09\uFF09\uFF08\u7531\u8BE5\u519B\u4EBA\u751F\u524D\u4F9B\u517B\uFF09\uFF1B\u7531\u7A97\u53E3\u6838\u5B9E",
                    fact: "checkedAtWindow",
                    operator: "equal",
                    value: true
                  },
                  {
                    any: [
                      {
                        name: "sibling_under_18",
                        basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u5341\u4E5D\u6761\uFF08\u4E09\uFF09\uFF08\u5144\u5F1F\u59D0\u59B9\u672A\u6EE118\u5468\u5C81\uFF09",
                        fact: "age",
                        operator: "lessThan",
                        value: { fact: "param:general.adult_age" }
                      },
                      {
                        all: [
                          {
                            name: "sibling_studying",
                            basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u5341\u4E5D\u6761\uFF08\u4E09\uFF09\uFF08\u5DF2\u6EE118\u5468\u5C81\u4F46\u56E0\u4E0A\u5B66\u65E0\u751F\u6D3B\u8D39\u6765\u6E90\uFF09",
                            fact: "schoolStage",
                            operator: "in",
                            value: ["primary", "junior", "senior", "vocational", "college"]
                          },
                          {
                            name: "sibling_no_living_income",
                            basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u5341\u4E5D\u6761\uFF08\u4E09\uFF09\uFF08\u65E0\u751F\u6D3B\u8D39\u6765\u6E90\uFF09",
                            fact: "hasLivingIncome",
                            operator: "equal",
                            value: false
                          }
                        ]
                      }
                    ]
                  }
                ]
              }
            ]
          }
        ]
      },
      {
        all: [
          {
            name: "veteran",
            basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u4E8C\u6761\uFF08\u9000\u5F79\u519B\u4EBA\u3001\u6B8B\u75BE\u519B\u4EBA\u4E3A\u629A\u6064\u4F18\u5F85\u5BF9\u8C61\uFF09\uFF1B\u7B2C\u516D\u5341\u4E8C\u6761",
            fact: "isVeteran",
            operator: "equal",
            value: true
          },
          {
            any: [
              {
                all: [
                  {
                    name: "disabled_serviceman",
                    basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u4E8C\u5341\u4E03\u6761\uFF08\u6B8B\u75BE\u519B\u4EBA\u8BC4\u5B9A\u6B8B\u75BE\u7B49\u7EA7\uFF0C\u4EAB\u53D7\u6B8B\u75BE\u629A\u6064\uFF09",
                    fact: "isDisabledServiceman",
                    operator: "equal",
                    value: true
                  },
                  {
                    any: [
                      {
                        all: [
                          {
                            name: "cause_war_duty",
                            basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u4E8C\u5341\u4E03\u6761\uFF08\u56E0\u6218\u3001\u56E0\u516C\u81F4\u6B8B\uFF09",
                            fact: "serviceDisabilityCause",
                            operator: "in",
                            value: ["war", "duty"]
                          },
                          {
                            name: "grade_war_duty",
                            basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u4E8C\u5341\u4E03\u6761\uFF08\u56E0\u6218\u3001\u56E0\u516C\u81F4\u6B8B\u8BC4\u5B9A\u4E3A\u4E00\u7EA7\u81F3\u5341\u7EA7\uFF09\uFF1B2024-10-01\u4EE5\u524D\u4E3A2011\u5E74\u6761\u4F8B\uFF08secondary\uFF0CL\uFF09",
                            fact: "serviceDisabilityGrade",
                            operator: "lessThanInclusive",
                            value: { fact: "param:veterans.disability_pension.war_duty_max_grade" }
                          }
                        ]
                      },
                      {
                        all: [
                          {
                            name: "cause_illness",
                            basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u4E8C\u5341\u4E03\u6761\uFF08\u56E0\u75C5\u81F4\u6B8B\uFF09",
                            fact: "serviceDisabilityCause",
                            operator: "equal",
                            value: "illness"
                          },
                          {
                            name: "grade_illness",
                            basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u4E8C\u5341\u4E03\u6761\uFF08\u56E0\u75C5\u81F4\u6B8B\u8BC4\u5B9A\u4E3A\u4E00\u7EA7\u81F3\u516D\u7EA7\uFF09\uFF1B2024-10-01\u4EE5\u524D\u4E3A2011\u5E74\u6761\u4F8B\uFF08secondary\uFF0CL\uFF09",
                            fact: "serviceDisabilityGrade",
                            operator: "lessThanInclusive",
                            value: { fact: "param:veterans.disability_pension.illness_max_grade" }
                          }
                        ]
                      }
                    ]
                  }
                ]
              },
              {
                name: "combat_veteran",
                basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u516D\u5341\u4E8C\u6761\uFF08\u53C2\u6218\u9000\u5F79\u519B\u4EBA\uFF09",
                fact: "isCombatVeteran",
                operator: "equal",
                value: true
              },
              {
                all: [
                  {
                    name: "rural_at_enlistment",
                    basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u516D\u5341\u4E8C\u6761\uFF08\u519C\u6751\u7C4D\u9000\u5F79\u58EB\u5175\uFF09",
                    fact: "hukouAtEnlistment",
                    operator: "equal",
                    value: "rural"
                  },
                  {
                    name: "rural_veteran_age",
                    basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u516D\u5341\u4E8C\u6761\uFF08\u5E74\u6EE160\u5468\u5C81\uFF09\uFF1B2024-10-01\u4EE5\u524D\u4E3A\u5360\u4F4D\u53C2\u6570 veterans.living_allowance.rural_min_age",
                    fact: "age",
                    operator: "greaterThanInclusive",
                    value: { fact: "param:veterans.living_allowance.rural_min_age" }
                  }
                ]
              }
            ]
          }
        ]
      },
      {
        all: [
          {
            name: "martyr_survivor",
            basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u516D\u5341\u4E8C\u6761\uFF08\u70C8\u58EB\u5B50\u5973\uFF09",
            fact: "survivorOf",
            operator: "equal",
            value: "martyr"
          },
          {
            name: "martyr_child",
            basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u516D\u5341\u4E8C\u6761\uFF08\u70C8\u58EB\u5B50\u5973\uFF09",
            fact: "survivorRelation",
            operator: "equal",
            value: "child"
          },
          {
            name: "martyr_child_age",
            basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u516D\u5341\u4E8C\u6761\uFF08\u5E74\u6EE160\u5468\u5C81\uFF09\uFF1B2024-10-01\u4EE5\u524D\u4E3A\u5360\u4F4D\u53C2\u6570 veterans.living_allowance.martyr_child_min_age",
            fact: "age",
            operator: "greaterThanInclusive",
            value: { fact: "param:veterans.living_allowance.martyr_child_min_age" }
          },
          {
            name: "martyr_child_conditions",
            basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u516D\u5341\u4E8C\u6761\uFF08\u5C45\u4F4F\u5728\u519C\u6751\u548C\u57CE\u9547\u65E0\u5DE5\u4F5C\u5355\u4F4D\u3001\u5728\u56FD\u5BB6\u5EFA\u7ACB\u5B9A\u671F\u629A\u6064\u91D1\u5236\u5EA6\u65F6\u5DF2\u6EE118\u5468\u5C81\uFF09\uFF1B\u7531\u7A97\u53E3\u6838\u5B9E",
            fact: "checkedAtWindow",
            operator: "equal",
            value: true
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u4F18\u629A\u5BF9\u8C61\u5B9A\u671F\u629A\u6064\u8865\u52A9",
      summary: "\u70C8\u58EB\u9057\u5C5E\u3001\u56E0\u516C\u727A\u7272\u519B\u4EBA\u9057\u5C5E\u3001\u75C5\u6545\u519B\u4EBA\u9057\u5C5E\u6309\u6761\u4EF6\u9886\u53D6\u5B9A\u671F\u629A\u6064\u91D1\uFF1B\u6B8B\u75BE\u519B\u4EBA\u6309\u6B8B\u75BE\u7B49\u7EA7\u9886\u53D6\u6B8B\u75BE\u629A\u6064\u91D1\uFF1B\u53C2\u6218\u9000\u5F79\u519B\u4EBA\u3001\u5E74\u6EE160\u5468\u5C81\u7684\u519C\u6751\u7C4D\u9000\u5F79\u58EB\u5175\u7B49\u6309\u6708\u9886\u53D6\u5B9A\u671F\u751F\u6D3B\u8865\u52A9\u3002\u6807\u51C6\u7531\u56FD\u5BB6\u6309\u7C7B\u522B\u548C\u7B49\u7EA7\u89C4\u5B9A\uFF0C\u7531\u9000\u5F79\u519B\u4EBA\u4E8B\u52A1\u90E8\u95E8\u6838\u5B9A\u53D1\u653E\u3002",
      conditions: {
        survivor: "\u662F\u70C8\u58EB\u3001\u56E0\u516C\u727A\u7272\u519B\u4EBA\u6216\u75C5\u6545\u519B\u4EBA\u7684\u9057\u5C5E",
        disabled_serviceman: "\u662F\u6B8B\u75BE\u519B\u4EBA\uFF08\u6301\u6B8B\u75BE\u519B\u4EBA\u8BC1\uFF09",
        cause_war_duty: "\u56E0\u6218\u6216\u56E0\u516C\u81F4\u6B8B",
        grade_war_duty: "\u56E0\u6218\u3001\u56E0\u516C\u81F4\u6B8B\uFF0C\u8BC4\u5B9A\u4E3A\u4E00\u7EA7\u81F3\u5341\u7EA7",
        cause_illness: "\u56E0\u75C5\u81F4\u6B8B",
        grade_illness: "\u56E0\u75C5\u81F4\u6B8B\uFF0C\u8BC4\u5B9A\u4E3A\u4E00\u7EA7\u81F3\u516D\u7EA7",
        combat_veteran: "\u662F\u53C2\u6218\u9000\u5F79\u519B\u4EBA",
        veteran: "\u662F\u9000\u5F79\u519B\u4EBA",
        rural_at_enlistment: "\u5165\u4F0D\u65F6\u4E3A\u519C\u6751\u6237\u7C4D",
        rural_veteran_age: "\u5E74\u6EE160\u5468\u5C81\uFF08\u519C\u6751\u7C4D\u9000\u5F79\u58EB\u5175\u5B9A\u671F\u751F\u6D3B\u8865\u52A9\uFF09",
        parent_or_spouse: "\u662F\u8BE5\u519B\u4EBA\u7684\u7236\u6BCD\uFF08\u629A\u517B\u4EBA\uFF09\u6216\u914D\u5076",
        unable_to_work: "\u65E0\u52B3\u52A8\u80FD\u529B",
        no_living_income: "\u65E0\u751F\u6D3B\u8D39\u6765\u6E90",
        income_below_local_average: "\u6536\u5165\u6C34\u5E73\u4F4E\u4E8E\u5F53\u5730\u5C45\u6C11\u5E73\u5747\u751F\u6D3B\u6C34\u5E73\uFF08\u7531\u7A97\u53E3\u6838\u5B9E\uFF09",
        survivor_child: "\u662F\u8BE5\u519B\u4EBA\u7684\u5B50\u5973",
        child_under_18: "\u5B50\u5973\u672A\u6EE118\u5468\u5C81",
        child_studying: "\u5B50\u5973\u5DF2\u6EE118\u5468\u5C81\u4F46\u4ECD\u5728\u4E0A\u5B66",
        child_disabled: "\u5B50\u5973\u5DF2\u6EE118\u5468\u5C81\u4F46\u6B8B\u75BE\uFF08\u6301\u6B8B\u75BE\u4EBA\u8BC1\uFF09",
        child_no_living_income: "\u5B50\u5973\u65E0\u751F\u6D3B\u8D39\u6765\u6E90",
        survivor_sibling: "\u662F\u8BE5\u519B\u4EBA\u7684\u5144\u5F1F\u59D0\u59B9",
        sibling_under_18: "\u5144\u5F1F\u59D0\u59B9\u672A\u6EE118\u5468\u5C81",
        sibling_studying: "\u5144\u5F1F\u59D0\u59B9\u5DF2\u6EE118\u5468\u5C81\u4F46\u4ECD\u5728\u4E0A\u5B66",
        sibling_no_living_income: "\u5144\u5F1F\u59D0\u59B9\u65E0\u751F\u6D3B\u8D39\u6765\u6E90",
        supported_by_deceased: "\u7531\u8BE5\u519B\u4EBA\u751F\u524D\u4F9B\u517B\uFF08\u7531\u7A97\u53E3\u6838\u5B9E\uFF09",
        martyr_survivor: "\u662F\u70C8\u58EB\u9057\u5C5E",
        martyr_child: "\u662F\u70C8\u58EB\u7684\u5B50\u5973",
        martyr_child_age: "\u70C8\u58EB\u5B50\u5973\u5E74\u6EE160\u5468\u5C81",
        martyr_child_conditions: "\u5C45\u4F4F\u5728\u519C\u6751\u6216\u57CE\u9547\u65E0\u5DE5\u4F5C\u5355\u4F4D\uFF0C\u4E14\u5728\u56FD\u5BB6\u5EFA\u7ACB\u5B9A\u671F\u629A\u6064\u91D1\u5236\u5EA6\u65F6\u5DF2\u6EE118\u5468\u5C81\uFF08\u7531\u7A97\u53E3\u6838\u5B9E\uFF09"
      },
      window: {
        living_allowance_groups: "\u519C\u6751\u7C4D\u5B9A\u671F\u751F\u6D3B\u8865\u52A9\u9650\u4E8E\u9000\u5F79\u58EB\u5175\uFF1B\u5E26\u75C5\u56DE\u4E61\u9000\u5F79\u519B\u4EBA\u30011954\u5E7410\u670831\u65E5\u524D\u5165\u4F0D\u7684\u4EBA\u5458\u3001\u5C45\u4F4F\u5728\u519C\u6751\u6216\u57CE\u9547\u65E0\u5DE5\u4F5C\u5355\u4F4D\u4E14\u5E74\u6EE160\u5468\u5C81\u7684\u70C8\u58EB\u5B50\u5973\u7B49\u5176\u4ED6\u60C5\u5F62\uFF0C\u7531\u7A97\u53E3\u6309\u89C4\u5B9A\u8BA4\u5B9A\u3002"
      }
    },
    en: {
      name: "periodic pension or allowance for entitled groups",
      summary: "Survivors of martyrs and of servicemen who died on duty or of illness receive a periodic survivor's pension if they qualify; disabled servicemen receive a disability pension by grade; combat veterans, rural-hukou former soldiers aged 60 or over and some other groups receive a periodic living allowance. Rates are set nationally by group and grade and paid by the veterans' affairs bureau.",
      conditions: {
        survivor: "is a survivor of a martyr, or of a serviceman who died on duty or of illness",
        disabled_serviceman: "is a disabled serviceman (holds the disabled serviceman certificate)",
        cause_war_duty: "disabled in war or on duty",
        grade_war_duty: "war or duty disability assessed at grade 1 to 10",
        cause_illness: "disabled by illness",
        grade_illness: "illness disability assessed at grade 1 to 6",
        combat_veteran: "is a combat veteran",
        veteran: "is a veteran",
        rural_at_enlistment: "had a rural hukou when enlisting",
        rural_veteran_age: "aged 60 or over (living allowance for rural former soldiers)",
        parent_or_spouse: "is the serviceman\u2019s parent (or the person who raised him) or spouse",
        unable_to_work: "unable to work",
        no_living_income: "has no means of living",
        income_below_local_average: "income below the local average living standard (checked at the window)",
        survivor_child: "is the serviceman\u2019s child",
        child_under_18: "a child under 18",
        child_studying: "a child aged 18 or over still in education",
        child_disabled: "a child aged 18 or over with a disability (holds a disability certificate)",
        child_no_living_income: "the child has no means of living",
        survivor_sibling: "is the serviceman\u2019s brother or sister",
        sibling_under_18: "a brother or sister under 18",
        sibling_studying: "a brother or sister aged 18 or over still in education",
        sibling_no_living_income: "the brother or sister has no means of living",
        supported_by_deceased: "was supported by the serviceman (checked at the window)",
        martyr_survivor: "is a martyr\u2019s survivor",
        martyr_child: "is the martyr\u2019s child",
        martyr_child_age: "a martyr\u2019s child aged 60 or over",
        martyr_child_conditions: "lives in the countryside, or in a town without an employer, and was 18 when the state set up the periodic survivor\u2019s pension (checked at the window)"
      },
      window: {
        living_allowance_groups: "The living allowance for rural-hukou veterans is for former soldiers (conscripts and NCOs); other groups (veterans sent home with an illness, people who enlisted before 1 November 1954, martyrs' children aged 60 or over living in the countryside or without an employer) are decided at the window."
      }
    }
  }
};

// rules/veteran-severe-disability-care.json
var veteran_severe_disability_care_default = {
  id: "veteran-severe-disability-care",
  tier: "A",
  scope: "member",
  effective: { from: "2021-01-01" },
  department: "veterans",
  documents: ["application_form", "resident_id_card", "disabled_serviceman_certificate", "discharge_certificate", "bank_account"],
  citation: {
    chapter: "\u7B2C\u5341\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u52A0\u5F3A\u9000\u5F79\u519B\u4EBA\u4F18\u629A\u529B\u5EA6",
    quote: "\u589E\u5F3A\u91CD\u5EA6\u6B8B\u75BE\u9000\u5F79\u519B\u4EBA\u96C6\u4E2D\u4F9B\u517B\u80FD\u529B,\u63D0\u9AD8\u7167\u62A4\u8D28\u91CF\u3002",
    also: ["\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B \u7B2C\u4E09\u5341\u4E09\u6761\u3001\u7B2C\u4E09\u5341\u56DB\u6761\uFF08\u56DB\uFF09\uFF08\u670D\u73B0\u5F79\u671F\u95F4\u56E0\u60A3\u7CBE\u795E\u969C\u788D\u8BC4\u5B9A\u4E3A\u4E94\u7EA7\u81F3\u516D\u7EA7\u7684\uFF0C\u62A4\u7406\u8D39\u4E3A\u5F53\u5730\u4E0A\u4E00\u5E74\u5EA6\u57CE\u9547\u5355\u4F4D\u5C31\u4E1A\u4EBA\u5458\u6708\u5E73\u5747\u5DE5\u8D44\u768425%\uFF09"]
  },
  verifiedAtWindow: ["care_arrangement"],
  conditions: {
    all: [
      { name: "veteran", basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u4E09\u5341\u4E09\u6761\uFF08\u9000\u51FA\u73B0\u5F79\uFF09", fact: "isVeteran", operator: "equal", value: true },
      {
        name: "disabled_serviceman",
        basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u4E09\u5341\u4E09\u6761\u3001\u7B2C\u4E09\u5341\u56DB\u6761\uFF08\u6B8B\u75BE\u519B\u4EBA\uFF09",
        fact: "isDisabledServiceman",
        operator: "equal",
        value: true
      },
      {
        any: [
          {
            name: "severe_grade",
            basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u4E09\u5341\u4E09\u6761\uFF08\u4E00\u7EA7\u81F3\u56DB\u7EA7\u7684\u6B8B\u75BE\u519B\u4EBA\uFF0C\u7531\u56FD\u5BB6\u4F9B\u517B\u7EC8\u8EAB\uFF09\u3001\u7B2C\u4E09\u5341\u56DB\u6761\uFF08\u4E00\uFF09\u81F3\uFF08\u4E09\uFF09\uFF1B2024-10-01\u4EE5\u524D\u4E3A2011\u5E74\u6761\u4F8B\uFF08secondary\uFF0CL\uFF09",
            fact: "serviceDisabilityGrade",
            operator: "lessThanInclusive",
            value: { fact: "param:veterans.severe_disability.max_grade" }
          },
          {
            all: [
              {
                name: "mental_disorder",
                basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u4E09\u5341\u56DB\u6761\uFF08\u670D\u73B0\u5F79\u671F\u95F4\u56E0\u60A3\u7CBE\u795E\u969C\u788D\u8BC4\u5B9A\uFF09",
                fact: "serviceDisabilityMental",
                operator: "equal",
                value: true
              },
              {
                name: "mental_grade",
                basis: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B\uFF082024\uFF09 \u7B2C\u4E09\u5341\u56DB\u6761\u3001\u7B2C\u4E09\u5341\u56DB\u6761\uFF08\u56DB\uFF09\uFF08\u7CBE\u795E\u969C\u788D\u4E94\u7EA7\u81F3\u516D\u7EA7\uFF0C25%\uFF1B2024-10-01\u8D77\uFF09",
                fact: "serviceDisabilityGrade",
                operator: "lessThanInclusive",
                value: { fact: "param:veterans.nursing_allowance.mental_max_grade" }
              }
            ]
          }
        ]
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u91CD\u5EA6\u6B8B\u75BE\u9000\u5F79\u519B\u4EBA\u96C6\u4E2D\u4F9B\u517B\u548C\u62A4\u7406",
      summary: "\u4E00\u7EA7\u81F3\u56DB\u7EA7\u6B8B\u75BE\u9000\u5F79\u519B\u4EBA\u7531\u56FD\u5BB6\u4F9B\u517B\u7EC8\u8EAB\uFF1A\u9700\u8981\u957F\u5E74\u533B\u7597\u6216\u72EC\u8EAB\u4E00\u4EBA\u4E0D\u4FBF\u5206\u6563\u4F9B\u517B\u7684\uFF0C\u53EF\u7533\u8BF7\u96C6\u4E2D\u4F9B\u517B\uFF1B\u5206\u6563\u4F9B\u517B\u7684\u6309\u6708\u53D1\u7ED9\u62A4\u7406\u8D39\uFF0C\u6807\u51C6\u4E3A\u5F53\u5730\u4E0A\u4E00\u5E74\u5EA6\u57CE\u9547\u5355\u4F4D\u5C31\u4E1A\u4EBA\u5458\u6708\u5E73\u5747\u5DE5\u8D44\u768450%\uFF08\u56E0\u6218\u3001\u56E0\u516C\u4E00\u7EA7\u3001\u4E8C\u7EA7\uFF09\u300140%\uFF08\u56E0\u6218\u3001\u56E0\u516C\u4E09\u7EA7\u3001\u56DB\u7EA7\uFF09\u621630%\uFF08\u56E0\u75C5\u4E00\u7EA7\u81F3\u56DB\u7EA7\uFF09\u3002\u670D\u73B0\u5F79\u671F\u95F4\u56E0\u60A3\u7CBE\u795E\u969C\u788D\u8BC4\u5B9A\u4E3A\u4E94\u7EA7\u81F3\u516D\u7EA7\u7684\uFF0C\u81EA2024\u5E7410\u67081\u65E5\u8D77\u630925%\u53D1\u7ED9\u62A4\u7406\u8D39\u3002",
      conditions: {
        veteran: "\u5DF2\u9000\u51FA\u73B0\u5F79\uFF08\u662F\u9000\u5F79\u519B\u4EBA\uFF09",
        disabled_serviceman: "\u662F\u6B8B\u75BE\u519B\u4EBA\uFF08\u6301\u6B8B\u75BE\u519B\u4EBA\u8BC1\uFF09",
        severe_grade: "\u6B8B\u75BE\u7B49\u7EA7\u4E3A\u4E00\u7EA7\u81F3\u56DB\u7EA7",
        mental_disorder: "\u670D\u73B0\u5F79\u671F\u95F4\u56E0\u60A3\u7CBE\u795E\u969C\u788D\u8BC4\u5B9A\u6B8B\u75BE\u7B49\u7EA7",
        mental_grade: "\u56E0\u7CBE\u795E\u969C\u788D\u8BC4\u5B9A\u4E3A\u4E94\u7EA7\u81F3\u516D\u7EA7\uFF082024\u5E7410\u67081\u65E5\u8D77\uFF09"
      },
      window: {
        care_arrangement: "\u7B49\u7EA7\u4EE5\u9000\u51FA\u73B0\u5F79\u65F6\u8BC4\u5B9A\u6216\u9000\u5F79\u540E\u8865\u529E\u3001\u8C03\u6574\u7684\u7B49\u7EA7\u4E3A\u51C6\uFF1B\u96C6\u4E2D\u4F9B\u517B\u987B\u7ECF\u7701\u7EA7\u9000\u5F79\u519B\u4EBA\u4E8B\u52A1\u90E8\u95E8\u6279\u51C6\uFF1B\u62A4\u7406\u8D39\u6309\u5F53\u5730\u5DE5\u8D44\u6807\u51C6\u548C\u81F4\u6B8B\u539F\u56E0\u3001\u7B49\u7EA7\u6838\u5B9A\u3002\u7531\u7A97\u53E3\u786E\u8BA4\u3002"
      }
    },
    en: {
      name: "care for severely disabled veterans",
      summary: "Veterans with a service disability of grade 1 to 4 are supported by the state for life: those who need long-term medical care or live alone can apply for residential care; those cared for at home receive a monthly nursing allowance of 50% (war or duty, grades 1\u20132), 40% (war or duty, grades 3\u20134) or 30% (illness, grades 1\u20134) of last year\u2019s local average monthly wage of urban employees. Veterans assessed at grade 5 or 6 for a mental disorder during service receive 25% from 1 October 2024.",
      conditions: {
        veteran: "has left active service (is a veteran)",
        disabled_serviceman: "is a disabled serviceman (holds the disabled serviceman certificate)",
        severe_grade: "service disability of grade 1 to 4",
        mental_disorder: "disability assessed in service for a mental disorder",
        mental_grade: "mental-disorder disability of grade 5 or 6 (from 1 October 2024)"
      },
      window: {
        care_arrangement: "The grade is the one assessed at discharge or later reassessed; residential care needs the provincial veterans' department's approval; the nursing allowance is set from the local wage and the cause and grade of disability. The window confirms this."
      }
    }
  }
};

// rules/zero-employment-family.json
var zero_employment_family_default = {
  id: "zero-employment-family",
  tier: "B",
  scope: "household",
  effective: {
    from: "2009-05-01"
  },
  department: "human_resources",
  documents: ["resident_id_card", "hukou_booklet", "unemployment_registration"],
  citation: {
    chapter: "\u7B2C\u4E94\u7AE0",
    section: "\u7B2C\u4E00\u8282",
    lead: "\u5065\u5168\u5C31\u4E1A\u670D\u52A1\u4F53\u7CFB",
    quote: "\u5EFA\u7ACB\u5C31\u4E1A\u63F4\u52A9\u957F\u6548\u673A\u5236,\u52A8\u6001\u8C03\u6574\u5C31\u4E1A\u56F0\u96BE\u4EBA\u5458\u8BA4\u5B9A\u6807\u51C6,\u6301\u7EED\u5F00\u5C55\u5C31\u4E1A\u63F4\u52A9\u5E2E\u6276,\u5BF9\u7B26\u5408\u6761\u4EF6\u7684\u5C31\u4E1A\u56F0\u96BE\u4EBA\u5458,\u901A\u8FC7\u516C\u76CA\u6027\u5C97\u4F4D\u6258\u5E95\u5B89\u7F6E,\u786E\u4FDD\u96F6\u5C31\u4E1A\u5BB6\u5EAD\u52A8\u6001\u6E05\u96F6\u3002",
    also: [
      "indicator table \u52B3\u6709\u6240\u5F97\u300C\u96F6\u5C31\u4E1A\u5BB6\u5EAD\u52A8\u6001\u6E05\u96F6\u300D",
      "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u4E00\uFF09\u3001\u7B2C\u56DB\u5341\u56DB\u6761\u3001\u7B2C\u56DB\u5341\u4E03\u6761\uFF08\u81EA2009\u5E745\u67081\u65E5\u8D77\u65BD\u884C\uFF0C\u7B2C\u516D\u5341\u6761\uFF09",
      "\u5C31\u4E1A\u4FC3\u8FDB\u6CD5 \u7B2C\u4E94\u5341\u516D\u6761"
    ]
  },
  verifiedAtWindow: ["recognition"],
  conditions: {
    all: [
      {
        name: "urban_hukou",
        fact: "hukouType",
        operator: "equal",
        value: "urban",
        basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u4E00\uFF09\u57CE\u9547\u96F6\u5C31\u4E1A\u5BB6\u5EAD; \u5C31\u4E1A\u4FC3\u8FDB\u6CD5 \u7B2C\u4E94\u5341\u516D\u6761\uFF08\u786E\u4FDD\u57CE\u5E02\u6709\u5C31\u4E1A\u9700\u6C42\u7684\u5BB6\u5EAD\u81F3\u5C11\u6709\u4E00\u4EBA\u5B9E\u73B0\u5C31\u4E1A\uFF09"
      },
      {
        name: "resides_in_jiaozuo",
        fact: "residesInJiaozuo",
        operator: "equal",
        value: true,
        basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u56DB\u6761\uFF08\u5411\u6240\u5728\u5730\u8857\u9053\u3001\u793E\u533A\u3001\u4E61\uFF08\u9547\uFF09\u7684\u516C\u5171\u5C31\u4E1A\u670D\u52A1\u673A\u6784\u7533\u8BF7\uFF09"
      },
      {
        name: "zero_employment",
        fact: "zeroEmployment",
        operator: "equal",
        value: true,
        basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u4E00\uFF09\u3001\u7B2C\u56DB\u5341\u4E03\u6761; working age per employment.working_age.* (max is an UNVERIFIED placeholder)"
      },
      {
        name: "wants_work",
        fact: "householdSeekingWork",
        operator: "equal",
        value: true,
        basis: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E03\u6761\uFF08\u63D0\u51FA\u5C31\u4E1A\u7533\u8BF7\u5E76\u613F\u610F\u670D\u4ECE\u5C97\u4F4D\u5B89\u6392\uFF09; \u5C31\u4E1A\u4FC3\u8FDB\u6CD5 \u7B2C\u4E94\u5341\u516D\u6761\uFF08\u6709\u5C31\u4E1A\u9700\u6C42\u7684\u5BB6\u5EAD\uFF09"
      }
    ]
  },
  texts: {
    "zh-CN": {
      name: "\u96F6\u5C31\u4E1A\u5BB6\u5EAD\u63F4\u52A9",
      summary: "\u57CE\u9547\u5BB6\u5EAD\u4E2D\u52B3\u52A8\u5E74\u9F84\u5185\u7684\u6210\u5458\u90FD\u6CA1\u6709\u5C31\u4E1A\u3001\u4E14\u6709\u4EBA\u60F3\u5C31\u4E1A\u7684\uFF0C\u7ECF\u8857\u9053\u3001\u793E\u533A\u516C\u5171\u5C31\u4E1A\u670D\u52A1\u673A\u6784\u786E\u8BA4\u4E3A\u96F6\u5C31\u4E1A\u5BB6\u5EAD\u540E\uFF0C\u4EBA\u793E\u90E8\u95E8\u53CA\u65F6\u5B89\u6392\u5C31\u4E1A\u5C97\u4F4D\uFF08\u53EF\u901A\u8FC7\u516C\u76CA\u6027\u5C97\u4F4D\u6258\u5E95\u5B89\u7F6E\uFF09\uFF0C\u786E\u4FDD\u81F3\u5C11\u4E00\u4EBA\u5C31\u4E1A\uFF1B\u5BB6\u5EAD\u6210\u5458\u540C\u65F6\u4EAB\u53D7\u5C31\u4E1A\u56F0\u96BE\u4EBA\u5458\u7684\u5404\u9879\u6276\u6301\u3002",
      conditions: {
        urban_hukou: "\u57CE\u9547\u6237\u7C4D\u5BB6\u5EAD",
        resides_in_jiaozuo: "\u5E38\u4F4F\u7126\u4F5C",
        zero_employment: "\u52B3\u52A8\u5E74\u9F84\u5185\u7684\u5BB6\u5EAD\u6210\u5458\u90FD\u6CA1\u6709\u5C31\u4E1A",
        wants_work: "\u6709\u52B3\u52A8\u5E74\u9F84\u6210\u5458\u60F3\u627E\u5DE5\u4F5C"
      },
      window: {
        recognition: "\u7531\u8857\u9053\u3001\u793E\u533A\u516C\u5171\u5C31\u4E1A\u670D\u52A1\u673A\u6784\u6838\u5B9E\u786E\u8BA4\u96F6\u5C31\u4E1A\u5BB6\u5EAD\uFF0C\u9700\u529E\u7406\u5931\u4E1A\u767B\u8BB0\uFF1B\u52B3\u52A8\u5E74\u9F84\u6309\u672C\u4EBA\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84\u8BA1\u7B97\u3002"
      }
    },
    en: {
      name: "zero-employment household support",
      summary: "An urban household in which no working-age member has a job, and someone wants one, is recognised by the sub-district or community employment office as a zero-employment household; the human-resources department then finds a job for at least one member, if need be a public-welfare job, and the members get the support for people with employment difficulty.",
      conditions: {
        urban_hukou: "urban hukou",
        resides_in_jiaozuo: "lives in Jiaozuo",
        zero_employment: "no working-age member of the household has a job",
        wants_work: "a working-age member wants a job"
      },
      window: {
        recognition: "The sub-district or community employment office confirms the household's status; members register as unemployed; working age follows each person's statutory retirement age."
      }
    }
  }
};

// rules/index.ts
var programFiles = [
  dibao_default,
  low_income_household_default,
  tekun_support_default,
  elder_health_check_default,
  public_rental_housing_default,
  affordable_rental_housing_default,
  rural_housing_renovation_default,
  barrier_free_modification_default,
  preschool_aid_default,
  compulsory_education_free_default,
  compulsory_living_subsidy_default,
  high_school_fee_waiver_default,
  high_school_grant_default,
  veteran_adaptive_training_default,
  veteran_periodic_pension_default,
  veteran_severe_disability_care_default,
  honor_home_care_default,
  veteran_employment_support_default,
  veteran_hardship_aid_default,
  migrant_children_schooling_default,
  longevity_allowance_default,
  elder_care_subsidy_default,
  nursing_home_care_default,
  elder_home_adaptation_default,
  disability_living_subsidy_default,
  disability_care_subsidy_default,
  unemployment_insurance_default,
  resident_pension_default,
  childhood_immunization_default,
  child_health_management_default,
  prenatal_newborn_screening_default,
  maternal_health_checks_default,
  preconception_check_default,
  contraception_services_default,
  family_planning_reward_default,
  childcare_services_default,
  family_doctor_default,
  temporary_assistance_default,
  medical_assistance_default,
  medical_insurance_premium_aid_default,
  legal_aid_default,
  orphan_allowance_default,
  zero_employment_family_default,
  employment_assistance_default,
  skills_training_subsidy_default,
  startup_guaranteed_loan_default
];

// seeds/parameters/assistance-b.json
var assistance_b_default = {
  family: "assistance-b",
  parameters: {
    "legal_aid.economic_difficulty.multiple_of_dibao": {
      unit: "ratio",
      label: {
        "zh-CN": "\u6CD5\u5F8B\u63F4\u52A9\u7ECF\u6D4E\u56F0\u96BE\u6807\u51C6\uFF08\u5F53\u5730\u4F4E\u4FDD\u6807\u51C6\u7684\u500D\u6570\uFF09",
        en: "legal-aid economic-difficulty line (multiple of the local dibao standard)"
      },
      values: [
        {
          from: "2022-01-01",
          value: 1,
          year: 2010,
          source: "\u6CB3\u5357\u7701\u6CD5\u5F8B\u63F4\u52A9\u6761\u4F8B \u7B2C\u5341\u4E8C\u6761\uFF08\u7ECF\u6D4E\u56F0\u96BE\u6807\u51C6\u53C2\u7167\u6CD5\u5F8B\u63F4\u52A9\u5B9E\u65BD\u5730\u4EBA\u6C11\u653F\u5E9C\u89C4\u5B9A\u7684\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u6807\u51C6\u6267\u884C\uFF09; \u6CD5\u5F8B\u63F4\u52A9\u6CD5 \u7B2C\u4E09\u5341\u56DB\u6761 (the province sets and adjusts the standard); parameters.md \xA79, \xA710.4",
          confidence: "UNVERIFIED",
          note: "The Henan text read is the \u6761\u4F8B (in force since 2002, text of 2010): income at the \u4F4E\u4FDD standard. Since \u6CD5\u5F8B\u63F4\u52A9\u6CD5 (2022-01-01) the province sets the standard, and the plan (\u7B2C\u4E5D\u7AE0 \u7B2C\u4E09\u8282) promises to widen it toward low-income groups; no newer Henan figure was found. Staff should set the multiple the Jiaozuo legal-aid centre actually applies."
        }
      ]
    },
    "legal_aid.elderly_min_age": {
      unit: "years",
      label: {
        "zh-CN": "\u8001\u5E74\u4EBA\u5E74\u9F84\uFF08\u5468\u5C81\uFF09",
        en: "age from which a person counts as elderly"
      },
      values: [
        {
          from: "2013-07-01",
          value: 60,
          year: 2018,
          source: "\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6CD5 \u7B2C\u4E8C\u6761\uFF08\u672C\u6CD5\u6240\u79F0\u8001\u5E74\u4EBA\u662F\u6307\u516D\u5341\u5468\u5C81\u4EE5\u4E0A\u7684\u516C\u6C11\uFF09",
          confidence: "H"
        }
      ]
    },
    "medical_premium_aid.elderly_min_age": {
      unit: "years",
      label: {
        "zh-CN": "\u4F4E\u6536\u5165\u5BB6\u5EAD\u8001\u5E74\u4EBA\u53C2\u4FDD\u8D44\u52A9\u7684\u5E74\u9F84\uFF08\u5468\u5C81\uFF09",
        en: "age from which elderly members of low-income families get the premium subsidy"
      },
      values: [
        {
          from: "2011-07-01",
          value: 60,
          year: 2018,
          source: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u4E8C\u5341\u4E94\u6761\uFF08\u4F4E\u6536\u5165\u5BB6\u5EAD\u516D\u5341\u5468\u5C81\u4EE5\u4E0A\u7684\u8001\u5E74\u4EBA\u548C\u672A\u6210\u5E74\u4EBA\u7B49\u6240\u9700\u4E2A\u4EBA\u7F34\u8D39\u90E8\u5206\uFF0C\u7531\u653F\u5E9C\u7ED9\u4E88\u8865\u8D34\uFF09",
          confidence: "H"
        }
      ]
    },
    "orphan_allowance.scattered.monthly": {
      unit: "CNY/month",
      label: {
        "zh-CN": "\u6563\u5C45\u5B64\u513F\u548C\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u57FA\u672C\u751F\u6D3B\u8D39\uFF08\u6BCF\u4EBA\u6BCF\u6708\uFF09",
        en: "basic living allowance, orphans living with a family and de-facto unsupported children (per child per month)"
      },
      values: [
        {
          from: "2022-01-01",
          value: 1050,
          year: 2022,
          source: "parameters.md \xA78 (Henan 2022: scattered orphans 1050 \u5143/\u6708, institutional 1450 \u5143/\u6708; \u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5 as scattered orphans; \u4E2D\u65B0\u7F51 reprint)",
          confidence: "M",
          note: "The month of the 2022 raise in Henan is not stated; 2022-01-01 is assumed."
        },
        {
          from: "2023-01-01",
          value: 1050,
          year: 2022,
          source: "parameters.md \xA78 (2023+ UNVERIFIED): the 2022 Henan rate carried forward",
          confidence: "UNVERIFIED",
          note: "No Henan or Jiaozuo rate for 2023 or later was found; placeholder at the 2022 scattered rate. Children in a welfare institution get the institutional rate (1450 \u5143/\u6708 in 2022)."
        }
      ]
    }
  }
};

// seeds/parameters/education.json
var education_default = {
  family: "education",
  parameters: {
    "preschool_aid.amount": {
      unit: "CNY/year",
      label: { "zh-CN": "\u666E\u60E0\u6027\u5B66\u524D\u6559\u80B2\u751F\u6D3B\u8865\u52A9\uFF08\u6BCF\u540D\u5E7C\u513F\u6BCF\u5E74\uFF09", en: "preschool living allowance per child per year" },
      values: [
        {
          from: "2022-10-26",
          value: 400,
          year: 2023,
          source: "no amount in force before 2023 was found; the plan (2022-10-26) \u7B2C\u56DB\u7AE0\u7B2C\u4E00\u8282 names the allowance",
          confidence: "UNVERIFIED",
          note: "Placeholder at the first sourced value (400 \u5143/\u5E74, 2023, L) so that the allowance the plan names can be screened from the plan's date; to be confirmed at the window."
        },
        {
          from: "2023-01-01",
          value: 400,
          year: 2023,
          source: "Henan example (Nanyang, 2023): living allowance of at least 400 \u5143/\u5E74 for preschool children in hardship; shared/policy/parameters.md \xA74",
          confidence: "L",
          note: "A Nanyang (\u5357\u9633) example, not Jiaozuo's own rate, which was not found; the Nanyang figure is a floor (\u2265400). Dated from the year of the example only."
        }
      ]
    },
    "compulsory_living_subsidy.boarding.primary": {
      unit: "CNY/year",
      label: { "zh-CN": "\u4E49\u52A1\u6559\u80B2\u5BC4\u5BBF\u751F\u751F\u6D3B\u8865\u52A9\uFF08\u5C0F\u5B66\uFF0C\u6BCF\u751F\u6BCF\u5E74\uFF09", en: "compulsory-education living subsidy, primary boarder, per year" },
      values: [
        {
          from: "2019-01-01",
          value: 1e3,
          year: 2019,
          source: "national rate as quoted in county notices 2019+ (boarders: primary 1000, junior 1250 \u5143/\u5E74); shared/policy/parameters.md \xA74",
          confidence: "M",
          note: "The 2019 start is the earliest year the research covers; the official national notice was not read."
        }
      ]
    },
    "compulsory_living_subsidy.boarding.junior": {
      unit: "CNY/year",
      label: { "zh-CN": "\u4E49\u52A1\u6559\u80B2\u5BC4\u5BBF\u751F\u751F\u6D3B\u8865\u52A9\uFF08\u521D\u4E2D\uFF0C\u6BCF\u751F\u6BCF\u5E74\uFF09", en: "compulsory-education living subsidy, junior-middle boarder, per year" },
      values: [
        {
          from: "2019-01-01",
          value: 1250,
          year: 2019,
          source: "national rate as quoted in county notices 2019+ (boarders: primary 1000, junior 1250 \u5143/\u5E74); shared/policy/parameters.md \xA74",
          confidence: "M",
          note: "The 2019 start is the earliest year the research covers; the official national notice was not read."
        }
      ]
    },
    "compulsory_living_subsidy.day.primary": {
      unit: "CNY/year",
      label: { "zh-CN": "\u4E49\u52A1\u6559\u80B2\u975E\u5BC4\u5BBF\u751F\u751F\u6D3B\u8865\u52A9\uFF08\u5C0F\u5B66\uFF0C\u6BCF\u751F\u6BCF\u5E74\uFF09", en: "compulsory-education living subsidy, primary non-boarder, per year" },
      values: [
        {
          from: "2019-01-01",
          value: 500,
          year: 2019,
          source: "national rate as quoted in county notices 2019+ (non-boarders: primary 500, junior 625 \u5143/\u5E74); shared/policy/parameters.md \xA74",
          confidence: "M",
          note: "Half the boarder rate. The 2019 start is the earliest year the research covers; the official national notice was not read."
        }
      ]
    },
    "compulsory_living_subsidy.day.junior": {
      unit: "CNY/year",
      label: { "zh-CN": "\u4E49\u52A1\u6559\u80B2\u975E\u5BC4\u5BBF\u751F\u751F\u6D3B\u8865\u52A9\uFF08\u521D\u4E2D\uFF0C\u6BCF\u751F\u6BCF\u5E74\uFF09", en: "compulsory-education living subsidy, junior-middle non-boarder, per year" },
      values: [
        {
          from: "2019-01-01",
          value: 625,
          year: 2019,
          source: "national rate as quoted in county notices 2019+ (non-boarders: primary 500, junior 625 \u5143/\u5E74); shared/policy/parameters.md \xA74",
          confidence: "M",
          note: "Half the boarder rate. The 2019 start is the earliest year the research covers; the official national notice was not read."
        }
      ]
    },
    "high_school_grant.senior.average": {
      unit: "CNY/year",
      label: { "zh-CN": "\u666E\u901A\u9AD8\u4E2D\u56FD\u5BB6\u52A9\u5B66\u91D1\u5E73\u5747\u8D44\u52A9\u6807\u51C6\uFF08\u6BCF\u751F\u6BCF\u5E74\uFF09", en: "senior-high national grant, average per student per year" },
      values: [
        {
          from: "2022-10-26",
          value: 2e3,
          year: 2024,
          source: "\u8D22\u653F\u90E8/\u6559\u80B2\u90E8/\u4EBA\u793E\u90E8 2024 notice (average 2000 \u5143/\u5E74 before the rise; tiers 1000\u20133000); shared/policy/parameters.md \xA74",
          confidence: "M",
          note: "The 2024 notice gives 2000 as the standard it raised. It was in force well before the plan, but no earlier dated source is in the research, so it is taken as in force from the plan's date (2022-10-26). An average: schools pay in tiers."
        },
        {
          from: "2025-03-01",
          value: 2300,
          year: 2025,
          source: "\u8D22\u653F\u90E8/\u6559\u80B2\u90E8/\u4EBA\u793E\u90E8 2024 notice: average 2300 \u5143/\u5E74 from the spring semester 2025; shared/policy/parameters.md \xA74",
          confidence: "M",
          note: "The notice says 'from the spring semester 2025'; 2025-03-01 stands for the start of that semester (the exact day is not in the notice). An average: schools pay in tiers."
        }
      ]
    },
    "high_school_grant.vocational.average": {
      unit: "CNY/year",
      label: { "zh-CN": "\u4E2D\u7B49\u804C\u4E1A\u5B66\u6821\u56FD\u5BB6\u52A9\u5B66\u91D1\u5E73\u5747\u8D44\u52A9\u6807\u51C6\uFF08\u6BCF\u751F\u6BCF\u5E74\uFF09", en: "secondary-vocational national grant, average per student per year" },
      values: [
        {
          from: "2022-10-26",
          value: 2e3,
          year: 2024,
          source: "\u8D22\u653F\u90E8/\u6559\u80B2\u90E8/\u4EBA\u793E\u90E8 2024 notice (average 2000 \u5143/\u5E74 before the rise); shared/policy/parameters.md \xA74",
          confidence: "M",
          note: "The 2024 notice gives 2000 as the standard it raised; taken as in force from the plan's date (2022-10-26). Paid in years 1\u20132 of secondary vocational school. An average: schools pay in tiers."
        },
        {
          from: "2025-03-01",
          value: 2300,
          year: 2025,
          source: "\u8D22\u653F\u90E8/\u6559\u80B2\u90E8/\u4EBA\u793E\u90E8 2024 notice: average 2300 \u5143/\u5E74 from the spring semester 2025; shared/policy/parameters.md \xA74",
          confidence: "M",
          note: "The notice says 'from the spring semester 2025'; 2025-03-01 stands for the start of that semester (the exact day is not in the notice)."
        }
      ]
    },
    "high_school_grant.vocational.max_year": {
      unit: "years",
      label: { "zh-CN": "\u4E2D\u804C\u56FD\u5BB6\u52A9\u5B66\u91D1\u8D44\u52A9\u7684\u6700\u9AD8\u5E74\u7EA7", en: "last year of secondary vocational school covered by the national grant" },
      values: [
        {
          from: "2022-10-26",
          value: 2,
          year: 2024,
          source: "\u4E2D\u804C\u56FD\u5BB6\u52A9\u5B66\u91D1\uFF1A\u4E00\u3001\u4E8C\u5E74\u7EA7\u6D89\u519C\u4E13\u4E1A\u548C\u5BB6\u5EAD\u7ECF\u6D4E\u56F0\u96BE\u5B66\u751F (parameters.md \xA74, \u8D22\u653F\u90E8/\u6559\u80B2\u90E8/\u4EBA\u793E\u90E8 2024 notice, M)",
          confidence: "M",
          note: "Dated from the plan's date like the grant amounts."
        }
      ]
    }
  }
};

// seeds/parameters/elder-disability.json
var elder_disability_default = {
  family: "elder-disability",
  parameters: {
    "elderly.min_age": {
      unit: "years",
      label: { "zh-CN": "\u8001\u5E74\u4EBA\u8D77\u59CB\u5E74\u9F84", en: "age from which a person counts as elderly" },
      values: [
        {
          from: "2019-01-01",
          value: 60,
          year: 2019,
          source: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u6761\uFF08\u8001\u5E74\u4EBA\u662F\u6307\u516D\u5341\u5468\u5C81\u4EE5\u4E0A\u7684\u516C\u6C11\uFF09, in force from 2019-01-01 (\u7B2C\u516D\u5341\u6761); \u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6CD5 \u7B2C\u4E8C\u6761",
          confidence: "H"
        }
      ]
    },
    "longevity.min_age": {
      unit: "years",
      label: { "zh-CN": "\u9AD8\u9F84\u6D25\u8D34\u8D77\u59CB\u5E74\u9F84", en: "minimum age for the longevity allowance" },
      values: [
        {
          from: "2019-01-01",
          value: 80,
          year: 2019,
          source: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B \u7B2C\u4E8C\u5341\u516B\u6761\uFF08\u5B9E\u65BD\u516B\u5341\u5468\u5C81\u4EE5\u4E0A\u8001\u5E74\u4EBA\u9AD8\u9F84\u6D25\u8D34\u5236\u5EA6\uFF09, in force from 2019-01-01 (\u7B2C\u516D\u5341\u6761); parameters.md \xA75",
          confidence: "H"
        }
      ]
    },
    "disability.living_subsidy.monthly": {
      unit: "CNY/month",
      label: { "zh-CN": "\u56F0\u96BE\u6B8B\u75BE\u4EBA\u751F\u6D3B\u8865\u8D34\u6807\u51C6", en: "living subsidy for disabled people in hardship" },
      values: [
        {
          from: "2022-10-26",
          value: 75,
          year: 2022,
          source: "\u6CB3\u5357\u6C11\u653F\u5385 2023-02-21: both disability subsidies raised to 75 \u5143/\u4EBA/\u6708 (from 60) in 2022 (parameters.md \xA77, M)",
          confidence: "M",
          note: "The exact date of the 2022 raise was not seen; the value is used from the plan's date. Later changes UNVERIFIED (parameters.md \xA710.4, \xA711.2)."
        }
      ]
    },
    "disability.care_subsidy.monthly": {
      unit: "CNY/month",
      label: { "zh-CN": "\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u62A4\u7406\u8865\u8D34\u6807\u51C6", en: "care subsidy for severely disabled people" },
      values: [
        {
          from: "2022-10-26",
          value: 75,
          year: 2022,
          source: "\u6CB3\u5357\u6C11\u653F\u5385 2023-02-21: both disability subsidies raised to 75 \u5143/\u4EBA/\u6708 (from 60) in 2022 (parameters.md \xA77, M)",
          confidence: "M",
          note: "The exact date of the 2022 raise was not seen; the value is used from the plan's date. Later changes UNVERIFIED (parameters.md \xA710.4, \xA711.2)."
        }
      ]
    }
  }
};

// seeds/parameters/elderly.json
var elderly_default = {
  family: "elderly",
  parameters: {
    "elder_health_check.min_age": {
      unit: "years",
      label: { "zh-CN": "\u8001\u5E74\u4EBA\u514D\u8D39\u5065\u5EB7\u4F53\u68C0\u8D77\u59CB\u5E74\u9F84", en: "minimum age for the free elderly health check" },
      values: [
        {
          from: "2019-01-01",
          value: 65,
          year: 2019,
          source: "\u6CB3\u5357\u7701\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6761\u4F8B Art 47 (in force from 2019-01-01, Art 60); the plan \u7B2C\u4E03\u7AE0 \u7B2C\u4E00\u8282\u300C\u63D0\u9AD8\u517B\u8001\u4FDD\u969C\u80FD\u529B\u300D",
          confidence: "H"
        }
      ]
    }
  }
};

// seeds/parameters/employment.json
var employment_default = {
  family: "employment",
  parameters: {
    "employment_assistance.long_term_unemployed_months": {
      unit: "months",
      label: {
        "zh-CN": "\u8FDE\u7EED\u5931\u4E1A\u89C6\u4E3A\u5C31\u4E1A\u56F0\u96BE\u7684\u6708\u6570\uFF08\u767B\u8BB0\u5931\u4E1A\uFF09",
        en: "months of continuous registered unemployment that count as employment difficulty"
      },
      values: [
        {
          from: "2009-05-01",
          value: 12,
          year: 2009,
          source: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u4E09\uFF09\uFF08\u8FDE\u7EED\u5931\u4E1A\u4E00\u5E74\u4EE5\u4E0A\u7684\u767B\u8BB0\u5931\u4E1A\u4EBA\u5458\uFF09",
          confidence: "H"
        }
      ]
    },
    "employment_assistance.near_retirement_min_age": {
      unit: "years",
      label: {
        "zh-CN": "\u8DDD\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84\u5341\u5E74\u4EE5\u5185\u7684\u8D77\u59CB\u5E74\u9F84",
        en: "age from which a person is within ten years of the statutory retirement age"
      },
      values: [
        {
          from: "2009-05-01",
          value: 50,
          year: 2009,
          source: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u4E8C\uFF09\uFF08\u8DDD\u6CD5\u5B9A\u9000\u4F11\u5E74\u9F84\u5341\u5E74\u4EE5\u5185\u7684\u767B\u8BB0\u5931\u4E1A\u4EBA\u5458\uFF09, with a retirement age of 60",
          confidence: "UNVERIFIED",
          note: "Ten years before a retirement age of 60 (men). Women retire at 50 or 55 and the ages rise from 2025, so one bound for everyone is a simplification, like employment.working_age.max; the window applies the person's own retirement age."
        }
      ]
    },
    "employment_assistance.near_retirement_min_age.female_worker": {
      unit: "years",
      label: {
        "zh-CN": "\u8DDD\u5973\u5DE5\u4EBA\u9000\u4F11\u5E74\u9F84\uFF0850\u5C81\uFF09\u5341\u5E74\u4EE5\u5185\u7684\u8D77\u59CB\u5E74\u9F84",
        en: "age from which a woman worker is within ten years of retirement (50)"
      },
      values: [
        {
          from: "2009-05-01",
          value: 40,
          year: 2009,
          source: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u4E8C\uFF09, with a retirement age of 50 for women workers",
          confidence: "UNVERIFIED",
          note: "The retirement ages (women workers 50, women cadres 55, men 60) are not in the project's sources; they rise gradually from 2025-01-01. Staff should confirm the bound."
        }
      ]
    },
    "employment_assistance.near_retirement_min_age.female_cadre": {
      unit: "years",
      label: {
        "zh-CN": "\u8DDD\u5973\u5E72\u90E8\u9000\u4F11\u5E74\u9F84\uFF0855\u5C81\uFF09\u5341\u5E74\u4EE5\u5185\u7684\u8D77\u59CB\u5E74\u9F84",
        en: "age from which a woman in a cadre post is within ten years of retirement (55)"
      },
      values: [
        {
          from: "2009-05-01",
          value: 45,
          year: 2009,
          source: "\u6CB3\u5357\u7701\u5C31\u4E1A\u4FC3\u8FDB\u6761\u4F8B \u7B2C\u56DB\u5341\u4E09\u6761\uFF08\u4E8C\uFF09, with a retirement age of 55 for women in cadre posts",
          confidence: "UNVERIFIED",
          note: "The retirement ages (women workers 50, women cadres 55, men 60) are not in the project's sources; they rise gradually from 2025-01-01. Staff should confirm the bound."
        }
      ]
    }
  }
};

// seeds/parameters/general.json
var general_default = {
  family: "general",
  parameters: {
    "general.adult_age": {
      unit: "years",
      label: { "zh-CN": "\u6210\u5E74\u5E74\u9F84", en: "age of majority" },
      values: [
        {
          from: "2010-11-04",
          value: 18,
          year: 2010,
          source: "\u6CB3\u5357\u7701\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u6761\u4F8B \u7B2C\u4E8C\u6761\uFF08\u672A\u6EE1\u5341\u516B\u5468\u5C81\u7684\u516C\u6C11\u4E3A\u672A\u6210\u5E74\u4EBA\uFF09",
          confidence: "H"
        }
      ]
    },
    "disability.severe.max_grade": {
      unit: "grade",
      label: { "zh-CN": "\u91CD\u5EA6\u6B8B\u75BE\u7684\u7B49\u7EA7\uFF08\u4E00\u7EA7\u3001\u4E8C\u7EA7\uFF09", en: "grades counted as severe disability (1 and 2)" },
      values: [{ from: "2011-05-01", value: 2, year: 2011, source: "GB/T 26341-2010 \u6B8B\u75BE\u4EBA\u6B8B\u75BE\u5206\u7C7B\u548C\u5206\u7EA7 (\u4E00\u7EA7\u3001\u4E8C\u7EA7\u4E3A\u91CD\u5EA6)", confidence: "M" }]
    },
    "employment.working_age.min": {
      unit: "years",
      label: { "zh-CN": "\u52B3\u52A8\u5E74\u9F84\u4E0B\u9650", en: "lower bound of working age" },
      values: [{ from: "1995-01-01", value: 16, year: 1995, source: "\u52B3\u52A8\u6CD5 Art 15 (no employment under 16)", confidence: "M" }]
    },
    "employment.working_age.max": {
      unit: "years",
      label: { "zh-CN": "\u52B3\u52A8\u5E74\u9F84\u4E0A\u9650\uFF08\u542B\uFF09", en: "upper bound of working age (inclusive)" },
      values: [
        {
          from: "1995-01-01",
          value: 59,
          year: 1995,
          source: "statutory retirement age 60 (men); women retire earlier and the age is rising from 2025",
          confidence: "UNVERIFIED",
          note: "One bound for everyone is a simplification; staff should confirm the bound used for \u96F6\u5C31\u4E1A\u5BB6\u5EAD."
        }
      ]
    }
  }
};

// seeds/parameters/health.json
var health_default = {
  family: "health",
  parameters: {
    "childhood_immunization.max_age": {
      unit: "years",
      label: {
        "zh-CN": "\u514D\u75AB\u89C4\u5212\u75AB\u82D7\u5E38\u89C4\u63A5\u79CD\u7684\u6700\u5927\u5E74\u9F84\uFF08\u5468\u5C81\uFF09",
        en: "oldest age (in years) in the routine childhood immunisation schedule"
      },
      values: [
        {
          from: "2019-12-01",
          value: 6,
          year: 2019,
          source: "not in the sources: \u75AB\u82D7\u7BA1\u7406\u6CD5 \u7B2C\u516D\u6761 speaks of \u9002\u9F84\u513F\u7AE5 without an age; the age comes from the national \u514D\u75AB\u89C4\u5212\u75AB\u82D7\u513F\u7AE5\u514D\u75AB\u7A0B\u5E8F (last routine doses at age 6), which is not in shared/policy",
          confidence: "UNVERIFIED",
          note: "Placeholder: children up to their 7th birthday. Children who missed doses may be caught up later (\u8865\u79CD); the vaccination clinic decides. Dated from 2019-12-01 (\u75AB\u82D7\u7BA1\u7406\u6CD5 \u7B2C\u4E00\u767E\u6761)."
        }
      ]
    },
    "child_health.max_age": {
      unit: "years",
      label: {
        "zh-CN": "\u513F\u7AE5\u5065\u5EB7\u7BA1\u7406\u670D\u52A1\u7684\u6700\u5927\u5E74\u9F84\uFF08\u5468\u5C81\uFF09",
        en: "oldest age (in years) covered by child health management"
      },
      values: [
        {
          from: "2020-06-01",
          value: 6,
          year: 2020,
          source: "not in the sources: the catalogue (shared/catalogue.md: children 0\u20136) and the national \u57FA\u672C\u516C\u5171\u536B\u751F\u670D\u52A1 list (0\u20136\u5C81\u513F\u7AE5\u5065\u5EB7\u7BA1\u7406), which is set by \u56FD\u5BB6\u536B\u5065\u59D4 (\u57FA\u672C\u533B\u7597\u536B\u751F\u4E0E\u5065\u5EB7\u4FC3\u8FDB\u6CD5 \u7B2C\u5341\u516D\u6761) and not in shared/policy",
          confidence: "UNVERIFIED",
          note: "Placeholder: children up to their 7th birthday. Dated from 2020-06-01 (\u57FA\u672C\u533B\u7597\u536B\u751F\u4E0E\u5065\u5EB7\u4FC3\u8FDB\u6CD5 \u7B2C\u4E00\u767E\u4E00\u5341\u6761)."
        }
      ]
    },
    "newborn_screening.age_below": {
      unit: "years",
      label: {
        "zh-CN": "\u65B0\u751F\u513F\u75BE\u75C5\u7B5B\u67E5\uFF1A\u5E74\u9F84\u4F4E\u4E8E\uFF08\u5468\u5C81\uFF09",
        en: "newborn screening: age below (years)"
      },
      values: [
        {
          from: "2022-10-26",
          value: 1,
          year: 2022,
          source: "not in the sources: parameters.md \xA79 names newborn PKU/CH and hearing screening without an age; screening is done in the first days after birth, with recalls and hearing re-screens in the first months",
          confidence: "UNVERIFIED",
          note: "Placeholder: a baby in its first year (ages are counted in whole years). Whether a screening missed at birth can still be done free is for the hospital to say."
        }
      ]
    },
    "prenatal_screening.min_residence_years": {
      unit: "years",
      label: {
        "zh-CN": "\u514D\u8D39\u4EA7\u524D\u7B5B\u67E5\uFF1A\u6237\u7C4D\u4E0D\u5728\u672C\u7701\u7684\u5B55\u5987\u5728\u672C\u7701\u5C45\u4F4F\u7684\u6700\u77ED\u65F6\u95F4\uFF08\u5E74\uFF09",
        en: "free prenatal screening: shortest stay in Henan for a woman whose family has no Henan hukou (years)"
      },
      values: [
        {
          from: "2022-10-26",
          value: 0.5,
          year: 2023,
          source: "parameters.md \xA79 (\u514D\u8D39\u4EA7\u524D\u7B5B\u67E5 / \u65B0\u751F\u513F\u7B5B\u67E5: one spouse with Henan hukou, or the woman lived in Henan \u22656 months), Henan 2023",
          confidence: "M"
        }
      ]
    },
    "family_planning.childbearing_age.min": {
      unit: "years",
      label: {
        "zh-CN": "\u80B2\u9F84\u4E0B\u9650\uFF08\u5468\u5C81\uFF09",
        en: "youngest childbearing age (years)"
      },
      values: [
        {
          from: "2020-06-01",
          value: 15,
          year: 2021,
          source: "not in the sources: \u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E8C\u5341\u4E00\u6761 says \u80B2\u9F84\u592B\u59BB without ages; 15\u201349 is the statistical definition of \u80B2\u9F84\u5987\u5973",
          confidence: "UNVERIFIED",
          note: "Placeholder; the law's word is \u80B2\u9F84\u592B\u59BB (a married couple of childbearing age), which the window confirms."
        }
      ]
    },
    "family_planning.childbearing_age.max": {
      unit: "years",
      label: {
        "zh-CN": "\u80B2\u9F84\u4E0A\u9650\uFF08\u5468\u5C81\uFF09",
        en: "oldest childbearing age (years)"
      },
      values: [
        {
          from: "2020-06-01",
          value: 49,
          year: 2021,
          source: "not in the sources: \u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E8C\u5341\u4E00\u6761 says \u80B2\u9F84\u592B\u59BB without ages; 15\u201349 is the statistical definition of \u80B2\u9F84\u5987\u5973",
          confidence: "UNVERIFIED",
          note: "Placeholder; a person over it is not refused outright by the law's text, so staff should confirm the bound used."
        }
      ]
    },
    "family_planning.reward.min_age": {
      unit: "years",
      label: {
        "zh-CN": "\u8BA1\u5212\u751F\u80B2\u5BB6\u5EAD\u5956\u52B1\u6276\u52A9\u8D77\u59CB\u5E74\u9F84\uFF08\u5468\u5C81\uFF09",
        en: "age from which family-planning parents receive the old-age reward (years)"
      },
      values: [
        {
          from: "2022-10-26",
          value: 60,
          year: 2022,
          source: "not in the sources: \u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E09\u5341\u4E00\u6761 (\u7EE7\u7EED\u4EAB\u53D7\u8BA1\u5212\u751F\u80B2\u5BB6\u5EAD\u8001\u5E74\u4EBA\u5956\u52B1\u6276\u52A9) and \u7B2C\u4E09\u5341\u56DB\u6761 leave the scheme to the province; the Henan rules were not retrieved (parameters.md \xA710.2: amounts UNVERIFIED)",
          confidence: "UNVERIFIED",
          note: "Placeholder: the national \u5956\u52B1\u6276\u52A9 scheme starts at 60. Staff should confirm Henan's age and whether it differs for urban and rural families."
        }
      ]
    },
    "family_planning.special_support.min_age": {
      unit: "years",
      label: {
        "zh-CN": "\u8BA1\u5212\u751F\u80B2\u7279\u522B\u6276\u52A9\u8D77\u59CB\u5E74\u9F84\uFF08\u5468\u5C81\uFF09",
        en: "age from which parents who lost or have a disabled only child receive special support (years)"
      },
      values: [
        {
          from: "2022-10-26",
          value: 49,
          year: 2022,
          source: "not in the sources: \u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E09\u5341\u4E8C\u6761 (\u72EC\u751F\u5B50\u5973\u53D1\u751F\u610F\u5916\u4F24\u6B8B\u3001\u6B7B\u4EA1\u7684\uFF0C\u6309\u7167\u89C4\u5B9A\u83B7\u5F97\u6276\u52A9) and \u7B2C\u4E09\u5341\u56DB\u6761 leave the rules to the province; the Henan rules were not retrieved",
          confidence: "UNVERIFIED",
          note: "Placeholder: the national \u7279\u522B\u6276\u52A9 scheme starts when the mother is 49. A younger parent is referred to the window, never refused on this value."
        }
      ]
    },
    "childcare.age_below": {
      unit: "years",
      label: {
        "zh-CN": "\u666E\u60E0\u6258\u80B2\u670D\u52A1\uFF1A\u5A74\u5E7C\u513F\u5E74\u9F84\u4F4E\u4E8E\uFF08\u5468\u5C81\uFF09",
        en: "affordable childcare: child's age below (years)"
      },
      values: [
        {
          from: "2022-10-26",
          value: 3,
          year: 2022,
          source: "the plan \u7B2C\u4E09\u7AE0 \u7B2C\u4E8C\u8282\u300C\u63A8\u8FDB\u6258\u80B2\u670D\u52A1\u591A\u5143\u4F9B\u7ED9\u300D (\u6BCF\u5343\u4EBA\u53E33\u5C81\u4EE5\u4E0B\u5A74\u5E7C\u513F\u6258\u4F4D\u6570) and \u4E13\u680F1; \u4EBA\u53E3\u4E0E\u8BA1\u5212\u751F\u80B2\u6CD5 \u7B2C\u4E8C\u5341\u516B\u6761 (\u666E\u60E0\u6258\u80B2\u670D\u52A1\u4F53\u7CFB)",
          confidence: "H"
        }
      ]
    }
  }
};

// seeds/parameters/housing.json
var housing_default = {
  family: "housing",
  parameters: {
    "housing.affordable_rental.min_age": {
      unit: "years",
      label: { "zh-CN": "\u4FDD\u969C\u6027\u79DF\u8D41\u4F4F\u623F\u7533\u8BF7\u4EBA\u6700\u4F4E\u5E74\u9F84\uFF08\u6210\u5E74\uFF09", en: "minimum age to apply for affordable rental housing (adult)" },
      values: [
        {
          from: "2021-06-24",
          value: 18,
          year: 2021,
          source: "\u6C11\u6CD5\u5178 Art 17 (adults are 18 or over); the applicant signs the lease",
          confidence: "L",
          note: "That the applicant must be an adult is an inference (L, not M): Jiaozuo's \u4FDD\u969C\u6027\u79DF\u8D41\u4F4F\u623F admission rules were not read. The age of majority itself is in \u6CB3\u5357\u7701\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u6761\u4F8B \u7B2C\u4E8C\u6761 (\u672A\u6EE1\u5341\u516B\u5468\u5C81\u4E3A\u672A\u6210\u5E74\u4EBA)."
        }
      ]
    },
    "housing.affordable_rental.youth_max_age": {
      unit: "years",
      label: { "zh-CN": "\u4FDD\u969C\u6027\u79DF\u8D41\u4F4F\u623F\u201C\u9752\u5E74\u4EBA\u201D\u5E74\u9F84\u4E0A\u9650\uFF08\u542B\uFF09", en: "upper age (inclusive) of a \u201Cyoung person\u201D for affordable rental housing" },
      values: [
        {
          from: "2021-06-24",
          value: 35,
          year: 2021,
          source: "placeholder: \u4E2D\u957F\u671F\u9752\u5E74\u53D1\u5C55\u89C4\u5212\uFF082016\u20142025\u5E74\uFF09 defines \u9752\u5E74 as aged 14\u201335; \u56FD\u529E\u53D1\u30142021\u301522\u53F7 leaves admission conditions to each city; Jiaozuo's age limit was not found",
          confidence: "UNVERIFIED",
          note: "Placeholder only: staff should set the age limit Jiaozuo uses for \u65B0\u9752\u5E74 (if any) and whether it is inclusive."
        }
      ]
    },
    "housing.public_rental.income_line": {
      unit: "CNY/month",
      label: { "zh-CN": "\u516C\u79DF\u623F\u7533\u8BF7\u5BB6\u5EAD\u4EBA\u5747\u6708\u6536\u5165\u6807\u51C6\uFF08\u5360\u4F4D\uFF09", en: "public rental housing: per-capita monthly income line (placeholder)" },
      values: [
        {
          from: "2019-03-02",
          value: 1050,
          year: 2019,
          source: "plnmw.com, undated English translation of Jiaozuo \u516C\u79DF\u623F admission conditions: per-capita monthly income \u22641050 \u5143 (parameters.md \xA711.1, L: historical reference)",
          confidence: "UNVERIFIED",
          note: "Jiaozuo's current line is not published. Placeholder from an undated historical figure; a household at or below it without a status is referred to the window, never refused or admitted on it."
        }
      ]
    }
  }
};

// seeds/parameters/social-assistance.json
var social_assistance_default = {
  family: "social-assistance",
  parameters: {
    "dibao.standard.urban": {
      unit: "CNY/month",
      label: {
        "zh-CN": "\u57CE\u5E02\u4F4E\u4FDD\u6807\u51C6",
        en: "urban dibao standard"
      },
      values: [
        {
          from: "2019-01-01",
          value: 550,
          year: 2019,
          source: "\u7126\u4F5C\u65E5\u62A5 2019-02-23",
          confidence: "M"
        },
        {
          from: "2020-01-01",
          value: 600,
          year: 2020,
          source: "\u7126\u4F5C\u5E02\u201C\u5341\u56DB\u4E94\u201D\u516C\u5171\u670D\u52A1\u548C\u793E\u4F1A\u4FDD\u969C\u89C4\u5212 \u7B2C\u4E00\u7AE0 \u7B2C\u4E00\u8282\u300C\u793E\u4F1A\u4FDD\u969C\u7F51\u4E0D\u65AD\u7B51\u7262\u515C\u5B9E\u300D",
          confidence: "H",
          note: "The plan gives the 2020 level; the exact effective date is not stated."
        },
        {
          from: "2022-01-01",
          value: 630,
          year: 2022,
          source: "\u6CB3\u5357\u65E5\u62A5 2022-02-21 (Henan floor: urban \u2265630 \u5143/\u6708 from 2022-01-01)",
          confidence: "UNVERIFIED",
          note: "Jiaozuo's own 2022+ standard was not found; placeholder at the provincial floor."
        }
      ]
    },
    "dibao.standard.rural": {
      unit: "CNY/year",
      label: {
        "zh-CN": "\u519C\u6751\u4F4E\u4FDD\u6807\u51C6",
        en: "rural dibao standard"
      },
      values: [
        {
          from: "2019-01-01",
          value: 3860,
          year: 2019,
          source: "tellerreport.com 2020-06-22, reprint of \u4E2D\u65B0\u7F51 (Henan press conference): the 2020 raise took the Henan rural floor from 3860 to 4260 \u5143/\u5E74, so 3860 was the floor before it (parameters.md \xA711.1, M)",
          confidence: "UNVERIFIED",
          note: "Jiaozuo's own rural standard before 2020 was not found: placeholder at the Henan floor in force before the 2020 raise, so that rural \u4F4E\u4FDD can be screened from 2019-03-02 like urban \u4F4E\u4FDD. The floor's own effective date was not seen; 2019-01-01 is assumed, like the dated 2018 and 2022 raises."
        },
        {
          from: "2020-01-01",
          value: 4500,
          year: 2020,
          source: "\u7126\u4F5C\u5E02\u201C\u5341\u56DB\u4E94\u201D\u516C\u5171\u670D\u52A1\u548C\u793E\u4F1A\u4FDD\u969C\u89C4\u5212 \u7B2C\u4E00\u7AE0 \u7B2C\u4E00\u8282\u300C\u793E\u4F1A\u4FDD\u969C\u7F51\u4E0D\u65AD\u7B51\u7262\u515C\u5B9E\u300D",
          confidence: "H",
          note: "The plan gives the 2020 level; the exact effective date is not stated."
        },
        {
          from: "2022-01-01",
          value: 5040,
          year: 2022,
          source: "\u6CB3\u5357\u65E5\u62A5 2022-02-21 (Henan floor: rural \u2265420 \u5143/\u6708 from 2022-01-01)",
          confidence: "UNVERIFIED",
          note: "Jiaozuo's own standard not found; placeholder at the provincial floor."
        },
        {
          from: "2023-01-15",
          value: 5280,
          year: 2023,
          source: "\u8C6B\u6C11\u653F\u5385/\u8D22\u653F\u5385 notice 2023-01-15 (Henan floor: rural \u2265440 \u5143/\u6708)",
          confidence: "UNVERIFIED",
          note: "Jiaozuo's own standard not found; placeholder at the provincial floor. 2023-01-15 is the date of the Henan notice given in parameters.md \xA71, not a date in force stated by it: the notice's own effective date was not read (Hebi applied the same raise from 2023-01-01, parameters.md \xA711.1)."
        }
      ]
    },
    "low_income.multiple_of_dibao": {
      unit: "ratio",
      label: {
        "zh-CN": "\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\u6536\u5165\u4E0A\u9650\uFF08\u4F4E\u4FDD\u6807\u51C6\u7684\u500D\u6570\uFF09",
        en: "low-income line as a multiple of the dibao standard"
      },
      values: [
        {
          from: "2019-03-02",
          value: 1.5,
          year: 2021,
          source: "no source in force before \u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 (2021-07-01) was found; the value is the later national definition",
          confidence: "UNVERIFIED",
          note: "Placeholder so that \u4F4E\u4FDD\u8FB9\u7F18 (low-income) status can be screened on the same dates as the rules that read it (public rental housing and rural housing renovation from 2019-03-02). The first sourced value starts on 2021-07-01."
        },
        {
          from: "2021-07-01",
          value: 1.5,
          year: 2021,
          source: "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 (\u6C11\u53D1\u30142021\u301557\u53F7) \u7B2C\u516B\u6761\u7B2C\u4E8C\u6B3E: \u5BB6\u5EAD\u4EBA\u5747\u6536\u5165\u4F4E\u4E8E\u5F53\u5730\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u6807\u51C61.5\u500D (unofficial reprint in shared/policy/laws)",
          confidence: "M"
        },
        {
          from: "2022-10-26",
          value: 1.5,
          year: 2024,
          source: "\u4FE1\u9633\u5E02\u6C11\u653F\u5C40 \u653F\u7B56\u95EE\u7B54 2024-01-23 (Henan rule: per-capita income < 1.5 \xD7 local \u4F4E\u4FDD\u6807\u51C6)",
          confidence: "M",
          note: "Taken as in force from the plan's date; the Henan notice it describes was not read."
        }
      ]
    },
    "tekun.living_standard.multiple_of_dibao": {
      unit: "ratio",
      label: {
        "zh-CN": "\u7279\u56F0\u4EBA\u5458\u57FA\u672C\u751F\u6D3B\u6807\u51C6\uFF08\u4F4E\u4FDD\u6807\u51C6\u7684\u500D\u6570\uFF09",
        en: "extreme-poverty living standard as a multiple of the dibao standard"
      },
      values: [
        {
          from: "2018-01-01",
          value: 1.3,
          year: 2018,
          source: "Henan notices 2018\u20132023 (\u7279\u56F0 basic living standard \u22651.3 \xD7 local \u4F4E\u4FDD\u6807\u51C6)",
          confidence: "M"
        }
      ]
    },
    "tekun.no_work_capacity.min_age": {
      unit: "years",
      label: {
        "zh-CN": "\u89C6\u4E3A\u65E0\u52B3\u52A8\u80FD\u529B\u7684\u5E74\u9F84\uFF08\u8001\u5E74\u4EBA\uFF09",
        en: "age from which a person counts as unable to work"
      },
      values: [
        {
          from: "2019-03-02",
          value: 60,
          year: 2019,
          source: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u56DB\u6761\uFF08\u8001\u5E74\u4EBA\uFF09; \u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6CD5 \u7B2C\u4E8C\u6761\uFF08\u516D\u5341\u5468\u5C81\u4EE5\u4E0A\u7684\u516C\u6C11\uFF09",
          confidence: "H"
        },
        {
          from: "2021-07-01",
          value: 60,
          year: 2021,
          source: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 (\u6C11\u53D1\u30142021\u301543\u53F7) Art 5",
          confidence: "M",
          note: "In force from 2021-07-01 (\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E8C\u5341\u4E5D\u6761); 2021-04-26 was the date the notice was issued."
        }
      ]
    },
    "tekun.no_work_capacity.minor_age": {
      unit: "years",
      label: {
        "zh-CN": "\u89C6\u4E3A\u65E0\u52B3\u52A8\u80FD\u529B\u7684\u5E74\u9F84\u4E0A\u9650\uFF08\u672A\u6210\u5E74\u4EBA\uFF0C\u672A\u6EE1\uFF09",
        en: "age below which a minor counts as unable to work"
      },
      values: [
        {
          from: "2019-03-02",
          value: 16,
          year: 2019,
          source: "\u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u56DB\u6761\uFF08\u672A\u6EE116\u5468\u5C81\u7684\u672A\u6210\u5E74\u4EBA\uFF09",
          confidence: "H"
        },
        {
          from: "2021-07-01",
          value: 16,
          year: 2021,
          source: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 (\u6C11\u53D1\u30142021\u301543\u53F7) Art 5",
          confidence: "M",
          note: "In force from 2021-07-01 (\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E8C\u5341\u4E5D\u6761); 2021-04-26 was the date the notice was issued."
        }
      ]
    },
    "tekun.no_work_capacity.mental_max_grade": {
      unit: "grade",
      label: {
        "zh-CN": "\u89C6\u4E3A\u65E0\u52B3\u52A8\u80FD\u529B\u7684\u667A\u529B\u3001\u7CBE\u795E\u6B8B\u75BE\u7B49\u7EA7",
        en: "intellectual or mental disability grade counted as unable to work"
      },
      values: [
        {
          from: "2019-03-02",
          value: 3,
          year: 2019,
          source: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 (2016, \u6C11\u53D1\u30142016\u3015178\u53F7), repealed by the 2021 \u529E\u6CD5 \u7B2C\u4E8C\u5341\u4E5D\u6761; its text was not read",
          confidence: "UNVERIFIED",
          note: "Placeholder at the 2021 value so that \u7279\u56F0 can be screened on the same dates as the rules that read it (from 2019-03-02)."
        },
        {
          from: "2021-07-01",
          value: 3,
          year: 2021,
          source: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 (\u6C11\u53D1\u30142021\u301543\u53F7) Art 5",
          confidence: "M",
          note: "In force from 2021-07-01 (\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E8C\u5341\u4E5D\u6761); 2021-04-26 was the date the notice was issued."
        }
      ]
    },
    "tekun.no_work_capacity.physical_max_grade": {
      unit: "grade",
      label: {
        "zh-CN": "\u89C6\u4E3A\u65E0\u52B3\u52A8\u80FD\u529B\u7684\u80A2\u4F53\u6B8B\u75BE\u7B49\u7EA7",
        en: "physical disability grade counted as unable to work"
      },
      values: [
        {
          from: "2019-03-02",
          value: 2,
          year: 2019,
          source: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 (2016, \u6C11\u53D1\u30142016\u3015178\u53F7), repealed by the 2021 \u529E\u6CD5 \u7B2C\u4E8C\u5341\u4E5D\u6761; its text was not read",
          confidence: "UNVERIFIED",
          note: "Placeholder at the 2021 value so that \u7279\u56F0 can be screened on the same dates as the rules that read it (from 2019-03-02)."
        },
        {
          from: "2021-07-01",
          value: 2,
          year: 2021,
          source: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 (\u6C11\u53D1\u30142021\u301543\u53F7) Art 5",
          confidence: "M",
          note: "In force from 2021-07-01 (\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E8C\u5341\u4E5D\u6761); 2021-04-26 was the date the notice was issued."
        }
      ]
    },
    "tekun.no_work_capacity.visual_max_grade": {
      unit: "grade",
      label: {
        "zh-CN": "\u89C6\u4E3A\u65E0\u52B3\u52A8\u80FD\u529B\u7684\u89C6\u529B\u6B8B\u75BE\u7B49\u7EA7",
        en: "visual disability grade counted as unable to work"
      },
      values: [
        {
          from: "2019-03-02",
          value: 1,
          year: 2019,
          source: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 (2016, \u6C11\u53D1\u30142016\u3015178\u53F7), repealed by the 2021 \u529E\u6CD5 \u7B2C\u4E8C\u5341\u4E5D\u6761; its text was not read",
          confidence: "UNVERIFIED",
          note: "Placeholder at the 2021 value so that \u7279\u56F0 can be screened on the same dates as the rules that read it (from 2019-03-02)."
        },
        {
          from: "2021-07-01",
          value: 1,
          year: 2021,
          source: "\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 (\u6C11\u53D1\u30142021\u301543\u53F7) Art 5",
          confidence: "M",
          note: "In force from 2021-07-01 (\u7279\u56F0\u4EBA\u5458\u8BA4\u5B9A\u529E\u6CD5 \u7B2C\u4E8C\u5341\u4E5D\u6761); 2021-04-26 was the date the notice was issued."
        }
      ]
    },
    "social_assistance.residence_min_years": {
      unit: "years",
      label: {
        "zh-CN": "\u5C45\u4F4F\u5730\u7533\u529E\u793E\u4F1A\u6551\u52A9\u7684\u5C45\u4F4F\u5E74\u9650",
        en: "years of residence to apply where you live"
      },
      values: [
        {
          from: "2019-01-01",
          value: 1,
          year: 2020,
          source: "the plan \u7B2C\u4E00\u7AE0 \u7B2C\u4E00\u8282 names Jiaozuo as Henan's only pilot city for applying for dibao where one lives; the residence period it requires was not found",
          confidence: "UNVERIFIED",
          note: "Placeholder: staff should set the pilot's actual residence requirement."
        }
      ]
    },
    "dibao.single_person.max_grade": {
      unit: "grade",
      label: {
        "zh-CN": "\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\u4E2D\u53EF\u5355\u72EC\u7533\u8BF7\u4F4E\u4FDD\u7684\u91CD\u5EA6\u6B8B\u75BE\u7B49\u7EA7\uFF08\u4E00\u7EA7\u81F3\u8BE5\u7EA7\uFF09",
        en: "disability grades (1 to this) with which a member of a low-income family may apply for dibao alone"
      },
      values: [
        {
          from: "2019-03-02",
          value: 0,
          year: 2021,
          source: "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761 (in force from 2021-07-01): before it no national rule let one member of a family apply alone",
          confidence: "M",
          note: "0: no grade qualifies before the \u529E\u6CD5 took effect."
        },
        {
          from: "2021-07-01",
          value: 2,
          year: 2021,
          source: "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u516B\u6761(\u4E00): \u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u8FB9\u7F18\u5BB6\u5EAD\u4E2D\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1\u7684\u4E00\u7EA7\u3001\u4E8C\u7EA7\u91CD\u5EA6\u6B8B\u75BE\u4EBA (unofficial reprint in shared/policy/laws)",
          confidence: "M"
        }
      ]
    },
    "dibao.single_person.mental_max_grade": {
      unit: "grade",
      label: {
        "zh-CN": "\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\u4E2D\u53EF\u5355\u72EC\u7533\u8BF7\u4F4E\u4FDD\u7684\u667A\u529B\u3001\u7CBE\u795E\u6B8B\u75BE\u7B49\u7EA7\uFF08\u4E00\u7EA7\u81F3\u8BE5\u7EA7\uFF09",
        en: "intellectual or mental disability grades (1 to this) with which a member of a low-income family may apply for dibao alone"
      },
      values: [
        {
          from: "2019-03-02",
          value: 0,
          year: 2021,
          source: "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u56DB\u5341\u4E8C\u6761 (in force from 2021-07-01): before it no national rule let one member of a family apply alone",
          confidence: "M",
          note: "0: no grade qualifies before the \u529E\u6CD5 took effect."
        },
        {
          from: "2021-07-01",
          value: 3,
          year: 2021,
          source: "\u6700\u4F4E\u751F\u6D3B\u4FDD\u969C\u5BA1\u6838\u786E\u8BA4\u529E\u6CD5 \u7B2C\u516B\u6761(\u4E00): \u4E09\u7EA7\u667A\u529B\u6B8B\u75BE\u4EBA\u3001\u4E09\u7EA7\u7CBE\u795E\u6B8B\u75BE\u4EBA (unofficial reprint in shared/policy/laws)",
          confidence: "M"
        }
      ]
    },
    "dibao.single_person.unemployed_max_grade": {
      unit: "grade",
      label: {
        "zh-CN": "\u6210\u5E74\u65E0\u4E1A\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u53C2\u7167\u5355\u4EBA\u6237\u7533\u8BF7\u4F4E\u4FDD\u7684\u7B49\u7EA7\uFF08\u4E00\u7EA7\u81F3\u8BE5\u7EA7\uFF09",
        en: "disability grades (1 to this) with which an adult without work may apply for dibao as a one-person household"
      },
      values: [
        {
          from: "2019-03-02",
          value: 0,
          year: 2022,
          source: "\u6C11\u53D1\u30142022\u301583\u53F7 (2022-10-20) \u4E00(\u4E00): before it no national rule let an adult without work apply as a one-person household",
          confidence: "M",
          note: "0: no grade qualifies before the notice."
        },
        {
          from: "2022-10-20",
          value: 2,
          year: 2022,
          source: "\u6C11\u53D1\u30142022\u301583\u53F7 \u4E00(\u4E00): \u6210\u5E74\u65E0\u4E1A\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u53EF\u4EE5\u53C2\u7167\u201C\u5355\u4EBA\u6237\u201D\u63D0\u51FA\u4F4E\u4FDD\u7533\u8BF7 (unofficial reprint in shared/policy/laws)",
          confidence: "M",
          note: "\u91CD\u5EA6 = \u4E00\u7EA7\u3001\u4E8C\u7EA7 (GB/T 26341-2010). Whether the person's own income qualifies is assessed at the window."
        }
      ]
    }
  }
};

// seeds/parameters/social-insurance.json
var social_insurance_default = {
  family: "social-insurance",
  parameters: {
    "unemployment_insurance.min_months_insured": {
      unit: "months",
      label: {
        "zh-CN": "\u9886\u53D6\u5931\u4E1A\u4FDD\u9669\u91D1\u6240\u9700\u6700\u77ED\u7F34\u8D39\u65F6\u95F4",
        en: "minimum unemployment-insurance contributions for the benefit"
      },
      values: [
        {
          from: "2018-12-29",
          value: 12,
          year: 2018,
          source: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u56DB\u5341\u4E94\u6761\u7B2C\u4E00\u9879\uFF08\u7F34\u7EB3\u5931\u4E1A\u4FDD\u9669\u8D39\u6EE1\u4E00\u5E74\uFF09; \u5931\u4E1A\u4FDD\u9669\u6761\u4F8B \u7B2C\u5341\u56DB\u6761; \u6CB3\u5357\u7701\u5931\u4E1A\u4FDD\u9669\u6761\u4F8B \u7B2C\u4E8C\u5341\u6761 (parameters.md \xA710.3, H)",
          confidence: "H"
        }
      ]
    },
    "unemployment_insurance.period.short": {
      unit: "months",
      label: {
        "zh-CN": "\u7D2F\u8BA1\u7F34\u8D39\u6EE1\u4E00\u5E74\u4E0D\u8DB3\u4E94\u5E74\u7684\u6700\u957F\u9886\u53D6\u671F\u9650",
        en: "longest benefit period, 1 to under 5 years of contributions"
      },
      values: [
        {
          from: "2018-12-29",
          value: 12,
          year: 2018,
          source: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u56DB\u5341\u516D\u6761; \u5931\u4E1A\u4FDD\u9669\u6761\u4F8B \u7B2C\u5341\u4E03\u6761; \u6CB3\u5357\u7701\u5931\u4E1A\u4FDD\u9669\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E00\u6761 (parameters.md \xA710.3, H)",
          confidence: "H"
        }
      ]
    },
    "unemployment_insurance.period.middle.min_months_insured": {
      unit: "months",
      label: {
        "zh-CN": "\u6700\u957F\u9886\u53D618\u4E2A\u6708\u6240\u9700\u7D2F\u8BA1\u7F34\u8D39\u65F6\u95F4",
        en: "contributions for a benefit period of up to 18 months"
      },
      values: [
        {
          from: "2018-12-29",
          value: 60,
          year: 2018,
          source: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u56DB\u5341\u516D\u6761; \u5931\u4E1A\u4FDD\u9669\u6761\u4F8B \u7B2C\u5341\u4E03\u6761; \u6CB3\u5357\u7701\u5931\u4E1A\u4FDD\u9669\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E00\u6761 (parameters.md \xA710.3, H) (\u6EE1\u4E94\u5E74)",
          confidence: "H"
        }
      ]
    },
    "unemployment_insurance.period.middle": {
      unit: "months",
      label: {
        "zh-CN": "\u7D2F\u8BA1\u7F34\u8D39\u6EE1\u4E94\u5E74\u4E0D\u8DB3\u5341\u5E74\u7684\u6700\u957F\u9886\u53D6\u671F\u9650",
        en: "longest benefit period, 5 to under 10 years of contributions"
      },
      values: [
        {
          from: "2018-12-29",
          value: 18,
          year: 2018,
          source: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u56DB\u5341\u516D\u6761; \u5931\u4E1A\u4FDD\u9669\u6761\u4F8B \u7B2C\u5341\u4E03\u6761; \u6CB3\u5357\u7701\u5931\u4E1A\u4FDD\u9669\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E00\u6761 (parameters.md \xA710.3, H)",
          confidence: "H"
        }
      ]
    },
    "unemployment_insurance.period.long.min_months_insured": {
      unit: "months",
      label: {
        "zh-CN": "\u6700\u957F\u9886\u53D624\u4E2A\u6708\u6240\u9700\u7D2F\u8BA1\u7F34\u8D39\u65F6\u95F4",
        en: "contributions for a benefit period of up to 24 months"
      },
      values: [
        {
          from: "2018-12-29",
          value: 120,
          year: 2018,
          source: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u56DB\u5341\u516D\u6761; \u5931\u4E1A\u4FDD\u9669\u6761\u4F8B \u7B2C\u5341\u4E03\u6761; \u6CB3\u5357\u7701\u5931\u4E1A\u4FDD\u9669\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E00\u6761 (parameters.md \xA710.3, H) (\u5341\u5E74\u4EE5\u4E0A)",
          confidence: "H"
        }
      ]
    },
    "unemployment_insurance.period.long": {
      unit: "months",
      label: {
        "zh-CN": "\u7D2F\u8BA1\u7F34\u8D39\u5341\u5E74\u4EE5\u4E0A\u7684\u6700\u957F\u9886\u53D6\u671F\u9650",
        en: "longest benefit period, 10 or more years of contributions"
      },
      values: [
        {
          from: "2018-12-29",
          value: 24,
          year: 2018,
          source: "\u793E\u4F1A\u4FDD\u9669\u6CD5 \u7B2C\u56DB\u5341\u516D\u6761; \u5931\u4E1A\u4FDD\u9669\u6761\u4F8B \u7B2C\u5341\u4E03\u6761; \u6CB3\u5357\u7701\u5931\u4E1A\u4FDD\u9669\u6761\u4F8B \u7B2C\u4E8C\u5341\u4E00\u6761 (parameters.md \xA710.3, H)",
          confidence: "H"
        }
      ]
    },
    "resident_pension.min_age": {
      unit: "years",
      label: {
        "zh-CN": "\u57CE\u4E61\u5C45\u6C11\u517B\u8001\u4FDD\u9669\u53C2\u4FDD\u8D77\u59CB\u5E74\u9F84",
        en: "minimum age to join the resident pension"
      },
      values: [
        {
          from: "2022-10-26",
          value: 16,
          year: 2014,
          source: 'placeholder: catalogue.md ("residents 16+ not in the employee scheme"), after \u56FD\u53D1\u30142014\u30158\u53F7, which was not retrieved; parameters.md gives no enrolment age',
          confidence: "UNVERIFIED",
          note: "Placeholder: staff should confirm the enrolment age (and that full-time students are excluded) from the Henan implementing rules."
        }
      ]
    },
    "resident_pension.pension_age": {
      unit: "years",
      label: {
        "zh-CN": "\u57CE\u4E61\u5C45\u6C11\u517B\u8001\u4FDD\u9669\u5F85\u9047\u9886\u53D6\u5E74\u9F84",
        en: "age from which the resident pension is paid"
      },
      values: [
        {
          from: "2022-10-26",
          value: 60,
          year: 2014,
          source: "\u56FD\u53D1\u30142014\u30158\u53F7 (not retrieved), seen only in secondary sources (parameters.md \xA710.3, L)",
          confidence: "L"
        }
      ]
    },
    "resident_pension.min_years": {
      unit: "years",
      label: {
        "zh-CN": "\u57CE\u4E61\u5C45\u6C11\u517B\u8001\u4FDD\u9669\u9886\u53D6\u5F85\u9047\u6240\u9700\u7D2F\u8BA1\u7F34\u8D39\u5E74\u9650",
        en: "years of contributions needed for the resident pension"
      },
      values: [
        {
          from: "2022-10-26",
          value: 15,
          year: 2014,
          source: "\u56FD\u53D1\u30142014\u30158\u53F7 (not retrieved), seen only in secondary sources (parameters.md \xA710.3, L)",
          confidence: "L"
        }
      ]
    },
    "migrant_children.entry_age": {
      unit: "years",
      label: {
        "zh-CN": "\u5165\u5B66\u63A5\u53D7\u4E49\u52A1\u6559\u80B2\u7684\u5E74\u9F84",
        en: "age at which a child starts compulsory education"
      },
      values: [
        {
          from: "2018-12-29",
          value: 6,
          year: 2018,
          source: "\u4E49\u52A1\u6559\u80B2\u6CD5 \u7B2C\u5341\u4E00\u6761\uFF08\u51E1\u5E74\u6EE1\u516D\u5468\u5C81\u7684\u513F\u7AE5\uFF0C\u5176\u7236\u6BCD\u6216\u8005\u5176\u4ED6\u6CD5\u5B9A\u76D1\u62A4\u4EBA\u5E94\u5F53\u9001\u5176\u5165\u5B66\u63A5\u53D7\u5E76\u5B8C\u6210\u4E49\u52A1\u6559\u80B2\uFF09",
          confidence: "H",
          note: "Kept with the social-insurance family because this batch owns no education parameter file; the law lets areas without the conditions delay entry to seven."
        }
      ]
    }
  }
};

// seeds/parameters/veterans.json
var veterans_default = {
  family: "veterans",
  parameters: {
    "veterans.adaptive_training.recent_discharge_months": {
      unit: "months",
      label: {
        "zh-CN": "\u89C6\u4E3A\u65B0\u9000\u5F79\u7684\u671F\u9650\uFF08\u9000\u5F79\u540E\u4E0D\u6EE1\u7684\u6708\u6570\uFF09",
        en: "months after discharge during which a veteran counts as newly discharged"
      },
      values: [
        {
          from: "2021-01-01",
          value: 12,
          year: 2021,
          source: "not in the sources: TYAZ Art 62 (\u519B\u4EBA\u9000\u51FA\u73B0\u5F79\u540E\u2026\u7EC4\u7EC7\u9002\u5E94\u6027\u57F9\u8BAD) and TYBZ Art 36 set no period; the plan \u7B2C\u5341\u7AE0 \u7B2C\u4E00\u8282\u300C\u52A0\u5927\u9000\u5F79\u519B\u4EBA\u5C31\u4E1A\u521B\u4E1A\u652F\u6301\u300D aims at \u5168\u5458\u9002\u5E94\u6027\u57F9\u8BAD",
          confidence: "UNVERIFIED",
          note: "Placeholder: one year after discharge. Staff should set the period the Jiaozuo veterans' bureau actually uses to call veterans to adaptive training. Dated from 2021-01-01 (TYBZ in force, start of the plan period)."
        }
      ]
    },
    "veterans.disability_pension.war_duty_max_grade": {
      unit: "grade",
      label: {
        "zh-CN": "\u56E0\u6218\u3001\u56E0\u516C\u81F4\u6B8B\u4EAB\u53D7\u6B8B\u75BE\u629A\u6064\u7684\u6700\u4F4E\u7B49\u7EA7\uFF08\u4E00\u7EA7\u81F3\u8BE5\u7EA7\uFF09",
        en: "lowest service-disability grade pensioned for war or duty injuries (grades 1 to this)"
      },
      values: [
        {
          from: "2021-01-01",
          value: 10,
          year: 2011,
          source: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B (2011 revision, amended 2019): \u56E0\u6218\u3001\u56E0\u516C\u81F4\u6B8B\uFF0C\u6B8B\u75BE\u7B49\u7EA7\u88AB\u8BC4\u5B9A\u4E3A\u4E00\u7EA7\u81F3\u5341\u7EA7\u7684\uFF0C\u4EAB\u53D7\u629A\u6064 (text quoted by secondary legal sites; not in shared/policy/laws)",
          confidence: "L",
          note: "The version in force before 2024-10-01 had the same clause; dated from 2021-01-01 (start of the plan period). L: the 2011 text was read only on secondary legal sites and is not in parameters.md (one secondary source = L by its scale)."
        },
        {
          from: "2024-10-01",
          value: 10,
          year: 2024,
          source: "JRFY (\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B, 2024) Art 27",
          confidence: "H"
        }
      ]
    },
    "veterans.disability_pension.illness_max_grade": {
      unit: "grade",
      label: {
        "zh-CN": "\u56E0\u75C5\u81F4\u6B8B\u4EAB\u53D7\u6B8B\u75BE\u629A\u6064\u7684\u6700\u4F4E\u7B49\u7EA7\uFF08\u4E00\u7EA7\u81F3\u8BE5\u7EA7\uFF09",
        en: "lowest service-disability grade pensioned for illness (grades 1 to this)"
      },
      values: [
        {
          from: "2021-01-01",
          value: 6,
          year: 2011,
          source: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B (2011 revision, amended 2019): \u56E0\u75C5\u81F4\u6B8B\uFF0C\u6B8B\u75BE\u7B49\u7EA7\u88AB\u8BC4\u5B9A\u4E3A\u4E00\u7EA7\u81F3\u516D\u7EA7\u7684\uFF0C\u4EAB\u53D7\u629A\u6064 (text quoted by secondary legal sites; not in shared/policy/laws)",
          confidence: "L",
          note: "The version in force before 2024-10-01 had the same clause; dated from 2021-01-01 (start of the plan period). L: the 2011 text was read only on secondary legal sites and is not in parameters.md (one secondary source = L by its scale)."
        },
        {
          from: "2024-10-01",
          value: 6,
          year: 2024,
          source: "JRFY (\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B, 2024) Art 27",
          confidence: "H"
        }
      ]
    },
    "veterans.living_allowance.rural_min_age": {
      unit: "years",
      label: {
        "zh-CN": "\u519C\u6751\u7C4D\u9000\u5F79\u58EB\u5175\u9886\u53D6\u5B9A\u671F\u751F\u6D3B\u8865\u52A9\u7684\u5E74\u9F84",
        en: "age from which rural-hukou veterans receive the periodic living allowance"
      },
      values: [
        {
          from: "2021-01-01",
          value: 60,
          year: 2021,
          source: "before JRFY 2024 the allowance for \u5E74\u6EE160\u5468\u5C81\u519C\u6751\u7C4D\u9000\u5F79\u58EB\u5175 was paid under State Council / Ministry notices, not read for this project",
          confidence: "UNVERIFIED",
          note: "The allowance is believed to predate the 2024 regulation with the same age; the earlier notice was not found. Confirm at the window for dates before 2024-10-01."
        },
        {
          from: "2024-10-01",
          value: 60,
          year: 2024,
          source: "JRFY (\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B, 2024) Art 62",
          confidence: "H"
        }
      ]
    },
    "veterans.severe_disability.max_grade": {
      unit: "grade",
      label: {
        "zh-CN": "\u7531\u56FD\u5BB6\u4F9B\u517B\u7EC8\u8EAB\u7684\u6B8B\u75BE\u519B\u4EBA\u7B49\u7EA7\uFF08\u4E00\u7EA7\u81F3\u8BE5\u7EA7\uFF09",
        en: "service-disability grades supported for life by the state (grades 1 to this)"
      },
      values: [
        {
          from: "2021-01-01",
          value: 4,
          year: 2011,
          source: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B (2011 revision, amended 2019): \u9000\u51FA\u73B0\u5F79\u7684\u4E00\u7EA7\u81F3\u56DB\u7EA7\u6B8B\u75BE\u519B\u4EBA\uFF0C\u7531\u56FD\u5BB6\u4F9B\u517B\u7EC8\u8EAB (text quoted by secondary legal sites; not in shared/policy/laws)",
          confidence: "L",
          note: "Same structure as the 2024 text; dated from 2021-01-01 (start of the plan period). L: the 2011 text was read only on secondary legal sites and is not in parameters.md (one secondary source = L by its scale)."
        },
        {
          from: "2024-10-01",
          value: 4,
          year: 2024,
          source: "JRFY (\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B, 2024) Art 33\u201334",
          confidence: "H"
        }
      ]
    },
    "veterans.nursing_allowance.rate.war_duty_grade_1_2": {
      unit: "ratio",
      label: {
        "zh-CN": "\u62A4\u7406\u8D39\u6807\u51C6\uFF1A\u56E0\u6218\u3001\u56E0\u516C\u4E00\u7EA7\u548C\u4E8C\u7EA7\u6B8B\u75BE\uFF08\u5360\u5F53\u5730\u6708\u5E73\u5747\u5DE5\u8D44\u7684\u6BD4\u4F8B\uFF09",
        en: "nursing allowance, war or duty disability grades 1\u20132 (share of the local average monthly wage)"
      },
      values: [
        {
          from: "2021-01-01",
          value: 0.5,
          year: 2011,
          source: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B (2011 revision, amended 2019): \u4E3A\u5F53\u5730\u804C\u5DE5\u6708\u5E73\u5747\u5DE5\u8D44\u768450% (text quoted by secondary legal sites)",
          confidence: "L",
          note: "Before 2024-10-01 the base was \u5F53\u5730\u804C\u5DE5\u6708\u5E73\u5747\u5DE5\u8D44. Not used in a formula yet: see rules/veteran-severe-disability-care.json. L: the 2011 text was read only on secondary legal sites and is not in parameters.md (one secondary source = L by its scale)."
        },
        {
          from: "2024-10-01",
          value: 0.5,
          year: 2024,
          source: "JRFY (\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B, 2024) Art 34(1): \u5F53\u5730\u4E0A\u4E00\u5E74\u5EA6\u57CE\u9547\u5355\u4F4D\u5C31\u4E1A\u4EBA\u5458\u6708\u5E73\u5747\u5DE5\u8D44\u768450%",
          confidence: "H",
          note: "Not used in a formula yet: the local average wage is unknown and an amount formula cannot yet branch on the numeric disability grade."
        }
      ]
    },
    "veterans.nursing_allowance.rate.war_duty_grade_3_4": {
      unit: "ratio",
      label: {
        "zh-CN": "\u62A4\u7406\u8D39\u6807\u51C6\uFF1A\u56E0\u6218\u3001\u56E0\u516C\u4E09\u7EA7\u548C\u56DB\u7EA7\u6B8B\u75BE\uFF08\u5360\u5F53\u5730\u6708\u5E73\u5747\u5DE5\u8D44\u7684\u6BD4\u4F8B\uFF09",
        en: "nursing allowance, war or duty disability grades 3\u20134 (share of the local average monthly wage)"
      },
      values: [
        {
          from: "2021-01-01",
          value: 0.4,
          year: 2011,
          source: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B (2011 revision, amended 2019): \u4E3A\u5F53\u5730\u804C\u5DE5\u6708\u5E73\u5747\u5DE5\u8D44\u768440% (text quoted by secondary legal sites)",
          confidence: "L",
          note: "Before 2024-10-01 the base was \u5F53\u5730\u804C\u5DE5\u6708\u5E73\u5747\u5DE5\u8D44. Not used in a formula yet. L: the 2011 text was read only on secondary legal sites and is not in parameters.md (one secondary source = L by its scale)."
        },
        {
          from: "2024-10-01",
          value: 0.4,
          year: 2024,
          source: "JRFY (\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B, 2024) Art 34(2): \u5F53\u5730\u4E0A\u4E00\u5E74\u5EA6\u57CE\u9547\u5355\u4F4D\u5C31\u4E1A\u4EBA\u5458\u6708\u5E73\u5747\u5DE5\u8D44\u768440%",
          confidence: "H",
          note: "Not used in a formula yet."
        }
      ]
    },
    "veterans.nursing_allowance.rate.illness_grade_1_4": {
      unit: "ratio",
      label: {
        "zh-CN": "\u62A4\u7406\u8D39\u6807\u51C6\uFF1A\u56E0\u75C5\u4E00\u7EA7\u81F3\u56DB\u7EA7\u6B8B\u75BE\uFF08\u5360\u5F53\u5730\u6708\u5E73\u5747\u5DE5\u8D44\u7684\u6BD4\u4F8B\uFF09",
        en: "nursing allowance, illness disability grades 1\u20134 (share of the local average monthly wage)"
      },
      values: [
        {
          from: "2021-01-01",
          value: 0.3,
          year: 2011,
          source: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B (2011 revision, amended 2019): \u4E3A\u5F53\u5730\u804C\u5DE5\u6708\u5E73\u5747\u5DE5\u8D44\u768430% (text quoted by secondary legal sites)",
          confidence: "L",
          note: "Before 2024-10-01 the base was \u5F53\u5730\u804C\u5DE5\u6708\u5E73\u5747\u5DE5\u8D44. Not used in a formula yet. L: the 2011 text was read only on secondary legal sites and is not in parameters.md (one secondary source = L by its scale)."
        },
        {
          from: "2024-10-01",
          value: 0.3,
          year: 2024,
          source: "JRFY (\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B, 2024) Art 34(3): \u5F53\u5730\u4E0A\u4E00\u5E74\u5EA6\u57CE\u9547\u5355\u4F4D\u5C31\u4E1A\u4EBA\u5458\u6708\u5E73\u5747\u5DE5\u8D44\u768430%",
          confidence: "H",
          note: "Not used in a formula yet."
        }
      ]
    },
    "veterans.nursing_allowance.rate.mental_grade_5_6": {
      unit: "ratio",
      label: {
        "zh-CN": "\u62A4\u7406\u8D39\u6807\u51C6\uFF1A\u56E0\u7CBE\u795E\u969C\u788D\u4E94\u7EA7\u81F3\u516D\u7EA7\u6B8B\u75BE\uFF08\u5360\u5F53\u5730\u6708\u5E73\u5747\u5DE5\u8D44\u7684\u6BD4\u4F8B\uFF09",
        en: "nursing allowance, mental-disorder disability grades 5\u20136 (share of the local average monthly wage)"
      },
      values: [
        {
          from: "2024-10-01",
          value: 0.25,
          year: 2024,
          source: "JRFY (\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B, 2024) Art 34(4): \u5F53\u5730\u4E0A\u4E00\u5E74\u5EA6\u57CE\u9547\u5355\u4F4D\u5C31\u4E1A\u4EBA\u5458\u6708\u5E73\u5747\u5DE5\u8D44\u768425%",
          confidence: "H",
          note: "Not used in a formula yet."
        }
      ]
    },
    "veterans.nursing_allowance.mental_max_grade": {
      unit: "grade",
      label: {
        "zh-CN": "\u56E0\u7CBE\u795E\u969C\u788D\u8BC4\u6B8B\u53EF\u9886\u62A4\u7406\u8D39\u7684\u7B49\u7EA7\uFF08\u4E00\u7EA7\u81F3\u8BE5\u7EA7\uFF09",
        en: "service-disability grades (1 to this) with a nursing allowance for a mental disorder"
      },
      values: [
        {
          from: "2021-01-01",
          value: 4,
          year: 2011,
          source: "\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B (2011 revision, amended 2019): nursing allowance for \u4E00\u7EA7\u81F3\u56DB\u7EA7 disabled servicemen only (text quoted by secondary legal sites; not in shared/policy/laws)",
          confidence: "L",
          note: "Before 2024-10-01 no mental-disorder grades beyond 1\u20134 were found; dated from 2021-01-01 (start of the plan period)."
        },
        {
          from: "2024-10-01",
          value: 6,
          year: 2024,
          source: "JRFY (\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B, 2024) Art 34: \u670D\u73B0\u5F79\u671F\u95F4\u56E0\u60A3\u7CBE\u795E\u969C\u788D\u8BC4\u5B9A\u4E3A\u4E94\u7EA7\u81F3\u516D\u7EA7\u7684\u6B8B\u75BE\u519B\u4EBA\u53D1\u7ED9\u62A4\u7406\u8D39",
          confidence: "H"
        }
      ]
    },
    "veterans.honor_home.elderly_min_age": {
      unit: "years",
      label: {
        "zh-CN": "\u5149\u8363\u9662\u96C6\u4E2D\u4F9B\u517B\u4E2D\u201C\u8001\u5E74\u201D\u4F18\u629A\u5BF9\u8C61\u7684\u5E74\u9F84",
        en: "age from which an entitled person counts as elderly for honour-home care"
      },
      values: [
        {
          from: "2021-01-01",
          value: 60,
          year: 2018,
          source: "\u8001\u5E74\u4EBA\u6743\u76CA\u4FDD\u969C\u6CD5 Art 2 (\u8001\u5E74\u4EBA\u662F\u6307\u516D\u5341\u5468\u5C81\u4EE5\u4E0A\u7684\u516C\u6C11), read with \u5149\u8363\u9662\u7BA1\u7406\u529E\u6CD5 (2022), which admits \u8001\u5E74 \u4F18\u629A\u5BF9\u8C61 (shared/policy/parameters.md \xA76, M)",
          confidence: "M",
          note: "The \u5149\u8363\u9662\u7BA1\u7406\u529E\u6CD5 text itself was not read; \u8001\u5E74 is taken in the statutory sense. Dated from 2021-01-01 (TYBZ Art 54 in force, start of the plan period)."
        }
      ]
    },
    "veterans.honor_home.survivor_minor_age": {
      unit: "years",
      label: {
        "zh-CN": "\u5149\u8363\u9662\u96C6\u4E2D\u4F9B\u517B\u7684\u672A\u6210\u5E74\u9057\u5C5E\u5E74\u9F84\u4E0A\u9650\uFF08\u672A\u6EE1\uFF09",
        en: "age below which a survivor child may be admitted to an honour home"
      },
      values: [
        {
          from: "2021-01-01",
          value: 16,
          year: 2022,
          source: "\u5149\u8363\u9662\u7BA1\u7406\u529E\u6CD5 (2022): \u672A\u6EE116\u5468\u5C81\u7684\u70C8\u58EB\u9057\u5C5E\u3001\u56E0\u516C\u727A\u7272\u519B\u4EBA\u9057\u5C5E\u3001\u75C5\u6545\u519B\u4EBA\u9057\u5C5E (shared/policy/parameters.md \xA76)",
          confidence: "M",
          note: "Value from the 2022 \u529E\u6CD5, dated back to 2021-01-01 (start of the plan period); whether the rule in force in 2021 used the same age was not verified."
        }
      ]
    },
    "veterans.living_allowance.martyr_child_min_age": {
      unit: "years",
      label: {
        "zh-CN": "\u70C8\u58EB\u5B50\u5973\u9886\u53D6\u5B9A\u671F\u751F\u6D3B\u8865\u52A9\u7684\u5E74\u9F84",
        en: "age from which a martyr\u2019s child receives the periodic living allowance"
      },
      values: [
        {
          from: "2021-01-01",
          value: 60,
          year: 2021,
          source: "before JRFY 2024 the allowance for \u70C8\u58EB\u5B50\u5973 was paid under State Council / Ministry notices, not read for this project",
          confidence: "UNVERIFIED",
          note: "Assumed to be the same age as in the 2024 regulation. Confirm at the window for dates before 2024-10-01."
        },
        {
          from: "2024-10-01",
          value: 60,
          year: 2024,
          source: "JRFY (\u519B\u4EBA\u629A\u6064\u4F18\u5F85\u6761\u4F8B, 2024) Art 62",
          confidence: "H"
        }
      ]
    }
  }
};

// seeds/index.ts
var parameterFiles = [
  general_default,
  social_assistance_default,
  elderly_default,
  housing_default,
  education_default,
  veterans_default,
  elder_disability_default,
  social_insurance_default,
  health_default,
  assistance_b_default,
  employment_default
];

// seeds/regions.json
var regions_default = {
  source: "GB/T 2260 address codes, as listed in shared/policy/parameters.md (Resident ID number section)",
  city: { code: "410800", "zh-CN": "\u7126\u4F5C\u5E02", en: "Jiaozuo City" },
  counties: [
    { code: "410802", "zh-CN": "\u89E3\u653E\u533A", en: "Jiefang District" },
    { code: "410803", "zh-CN": "\u4E2D\u7AD9\u533A", en: "Zhongzhan District" },
    { code: "410804", "zh-CN": "\u9A6C\u6751\u533A", en: "Macun District" },
    { code: "410811", "zh-CN": "\u5C71\u9633\u533A", en: "Shanyang District" },
    { code: "410821", "zh-CN": "\u4FEE\u6B66\u53BF", en: "Xiuwu County" },
    { code: "410822", "zh-CN": "\u535A\u7231\u53BF", en: "Bo'ai County" },
    { code: "410823", "zh-CN": "\u6B66\u965F\u53BF", en: "Wuzhi County" },
    { code: "410825", "zh-CN": "\u6E29\u53BF", en: "Wen County" },
    { code: "410882", "zh-CN": "\u6C81\u9633\u5E02", en: "Qinyang City" },
    { code: "410883", "zh-CN": "\u5B5F\u5DDE\u5E02", en: "Mengzhou City" }
  ]
};

// src/model/dates.ts
var MONTHS_PER_YEAR = 12;
var CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1e3;
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var EARLIEST_BIRTH_DATE = "1900-01-01";
var EARLIEST_DISCHARGE_DATE = "1927-08-01";
var AS_OF_HORIZON_YEARS = 1;
function isCalendarDate(iso) {
  const m2 = ISO_DATE.exec(iso);
  if (!m2) return false;
  const [year2, month2, day2] = [Number(m2[1]), Number(m2[2]), Number(m2[3])];
  return month2 >= 1 && month2 <= MONTHS_PER_YEAR && day2 >= 1 && day2 <= daysInMonth(year2, month2);
}
function isLeapYear(year2) {
  return year2 % 4 === 0 && year2 % 100 !== 0 || year2 % 400 === 0;
}
function daysInMonth(year2, month2) {
  if (month2 === 2) return isLeapYear(year2) ? 29 : 28;
  return [4, 6, 9, 11].includes(month2) ? 30 : 31;
}
function todayInChina(now = Date.now()) {
  return new Date(now + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}
var year = (d) => Number(d.slice(0, 4));
var month = (d) => (d.charCodeAt(5) - 48) * 10 + d.charCodeAt(6) - 48;
var day = (d) => (d.charCodeAt(8) - 48) * 10 + d.charCodeAt(9) - 48;
function latestAsOf(today) {
  return `${Number(today.slice(0, 4)) + AS_OF_HORIZON_YEARS}-12-31`;
}
function wholeYearsBetween(from, to) {
  const fm = month(from);
  const tm = month(to);
  let years = year(to) - year(from);
  if (tm < fm || tm === fm && day(to) < day(from)) years -= 1;
  return years;
}
function wholeMonthsBetween(from, to) {
  let months = (year(to) - year(from)) * MONTHS_PER_YEAR + (month(to) - month(from));
  if (day(to) < day(from)) months -= 1;
  return months;
}

// src/model/resident-id.ts
var WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
var CHECK_CHARS = "10X98765432";
var SHAPE = /^\d{17}[\dX]$/;
function checkCharacter(first17) {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % CHECK_CHARS.length];
}
function parseResidentId(raw) {
  const id = raw.trim().toUpperCase();
  if (!SHAPE.test(id)) return { ok: false, problem: "format" };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDate(birthDate) || birthDate < EARLIEST_BIRTH_DATE) return { ok: false, problem: "birthDate" };
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return { ok: false, problem: "checkDigit" };
  return {
    ok: true,
    info: { addressCode: id.slice(0, 6), birthDate, sex: Number(id[16]) % 2 === 1 ? "male" : "female" }
  };
}

// src/engine/facts.ts
var WINDOW = /* @__PURE__ */ Symbol("window");
var MONTHS_PER_YEAR2 = 12;
var JIAOZUO_COUNTIES = new Set(regions_default.counties.map((c) => c.code));
function memberBirthDate(m2) {
  if (m2.birthDate) return m2.birthDate;
  if (m2.idNumber) {
    const p = parseResidentId(m2.idNumber);
    if (p.ok) return p.info.birthDate;
  }
  return void 0;
}
function memberSex(m2) {
  if (m2.sex) return m2.sex;
  if (m2.idNumber) {
    const p = parseResidentId(m2.idNumber);
    if (p.ok) return p.info.sex;
  }
  return void 0;
}
function countyFromIds(hh) {
  const ordered = [...hh.members].sort((a, b) => Number(b.relation === "self") - Number(a.relation === "self"));
  for (const mem of ordered) {
    if (!mem.idNumber) continue;
    const p = parseResidentId(mem.idNumber);
    if (p.ok && JIAOZUO_COUNTIES.has(p.info.addressCode)) return p.info.addressCode;
  }
  return void 0;
}
function monthly(ctx, id) {
  const v = ctx.param(id);
  return ctx.paramUnit(id) === "CNY/year" ? v / MONTHS_PER_YEAR2 : v;
}
var h = (field) => ({ scope: "household", field });
var m = (field) => ({ scope: "member", field });
var HOUSEHOLD_ANSWERS = [
  "hukouType",
  "hukouInJiaozuo",
  "yearsInJiaozuo",
  "residesInJiaozuo",
  "holdsDibao",
  "holdsLowIncome",
  "holdsPovertyAlleviation",
  "ownsHomeInJiaozuo",
  "floorAreaPerCapita",
  "hardshipEvent",
  "familyPlanningStatus",
  "onlyChildLoss"
];
var MEMBER_ANSWERS = [
  "relation",
  "hasDisabilityCertificate",
  "disabilityCategory",
  "disabilityGrade",
  "selfCare",
  "schoolStage",
  "schoolYear",
  "agricultureMajor",
  "kindergartenPuhui",
  "boarding",
  "employment",
  "monthsRegisteredUnemployed",
  "seekingWork",
  "startingBusiness",
  "wantsSkillsTraining",
  "isVeteran",
  "hukouAtEnlistment",
  "isDisabledServiceman",
  "serviceDisabilityGrade",
  "serviceDisabilityCause",
  "serviceDisabilityMental",
  "receivesPeriodicBenefit",
  "survivorOf",
  "survivorRelation",
  "isServicemanFamily",
  "isCombatVeteran",
  "ownHukouInJiaozuo",
  "orphan",
  "factuallyUnsupported",
  "hasCapableSupporter",
  "hasLivingIncome",
  "holdsTekun",
  "pensionScheme",
  "yearsContributedPension",
  "jobLossInvoluntary",
  "monthsInsured",
  "hasJiaozuoResidencePermit",
  "worksInJiaozuo",
  "legalIssue",
  "seriousIllness",
  "highMedicalCosts",
  "medicalInsurance",
  "recentGraduate",
  "returningMigrantWorker"
];
var UNITS = {
  yearsInJiaozuo: "years",
  floorAreaPerCapita: "sqm",
  disabilityGrade: "grade",
  serviceDisabilityGrade: "grade",
  monthsRegisteredUnemployed: "months",
  monthsInsured: "months",
  yearsContributedPension: "years"
};
function perCapitaIncome(hh) {
  if (hh.monthlyIncomePerCapita !== void 0) return hh.monthlyIncomePerCapita;
  if (hh.monthlyIncomeTotal !== void 0) return hh.monthlyIncomeTotal / hh.members.length;
  return void 0;
}
function dibaoStandard(ctx) {
  const type = ctx.household.hukouType;
  if (type === void 0) return void 0;
  return monthly(ctx, type === "urban" ? "dibao.standard.urban" : "dibao.standard.rural");
}
function multipleOfDibao(id, multipleParam) {
  return {
    id,
    scope: "household",
    questions: [h("hukouType")],
    unit: "yuan",
    params: ["dibao.standard.urban", "dibao.standard.rural", multipleParam],
    compute: (ctx) => {
      const s = dibaoStandard(ctx);
      return s === void 0 ? void 0 : s * ctx.param(multipleParam);
    }
  };
}
var and3 = (xs) => xs.includes(false) ? false : xs.every((x) => x === true) ? true : void 0;
var or3 = (xs) => xs.includes(true) ? true : xs.every((x) => x === false) ? false : void 0;
var PARENT_OR_SIBLING = {
  self: ["parent", "sibling"],
  child: ["self", "spouse", "child"],
  sibling: ["self", "sibling", "parent"],
  grandchild: ["child", "grandchild"],
  parent: ["grandparent"],
  spouse: [],
  grandparent: [],
  other: []
};
function livesWithParentOrSibling(hh, i) {
  const own = hh.members[i].relation;
  if (own === void 0) return void 0;
  const wanted = PARENT_OR_SIBLING[own];
  const others = hh.members.filter((_, j) => j !== i).map((o) => o.relation);
  if (others.some((r2) => r2 !== void 0 && wanted.includes(r2))) return true;
  return others.includes(void 0) ? void 0 : false;
}
function separateDibaoMember(ctx, i) {
  const mem = ctx.household.members[i];
  if (mem.holdsTekun === true) return false;
  const birth = memberBirthDate(mem);
  const adult = birth === void 0 ? void 0 : wholeYearsBetween(birth, ctx.asOf) >= ctx.param("general.adult_age");
  const grade = mem.disabilityGrade === void 0 ? void 0 : mem.disabilityGrade <= ctx.param("disability.severe.max_grade");
  return and3([mem.hasDisabilityCertificate, grade, adult, livesWithParentOrSibling(ctx.household, i)]);
}
function adultsOf(ctx) {
  const adultAge = ctx.param("general.adult_age");
  return ctx.household.members.filter((mem) => {
    const birth = memberBirthDate(mem);
    return birth === void 0 || wholeYearsBetween(birth, ctx.asOf) >= adultAge;
  });
}
var MENTAL = /* @__PURE__ */ new Set(["intellectual", "mental"]);
var EARNING = /* @__PURE__ */ new Set(["employed", "self_employed"]);
function singlePersonDibao(ctx, i) {
  const mem = ctx.household.members[i];
  if (mem.holdsTekun === true) return false;
  const birth = memberBirthDate(mem);
  const adult = birth === void 0 ? void 0 : wholeYearsBetween(birth, ctx.asOf) >= ctx.param("general.adult_age");
  const grade = mem.disabilityGrade;
  let qualifying;
  if (grade === void 0) qualifying = void 0;
  else if (grade <= ctx.param("dibao.single_person.max_grade")) qualifying = true;
  else if (grade <= ctx.param("dibao.single_person.mental_max_grade"))
    qualifying = mem.disabilityCategory === void 0 ? void 0 : MENTAL.has(mem.disabilityCategory);
  else qualifying = false;
  const person = and3([mem.hasDisabilityCertificate, qualifying, adult]);
  if (person !== true) return person;
  const pc = perCapitaIncome(ctx.household);
  const standard = dibaoStandard(ctx);
  if (pc === void 0 || standard === void 0) return void 0;
  if (pc < standard * ctx.param("low_income.multiple_of_dibao")) return true;
  if (grade > ctx.param("dibao.single_person.unemployed_max_grade")) return false;
  if (mem.employment === void 0) return void 0;
  return EARNING.has(mem.employment) ? false : WINDOW;
}
function pregnancyAnswer(field, womenOnly) {
  return {
    id: field,
    scope: "member",
    changeable: field === "planningPregnancy",
    questions: [m(field)],
    params: ["family_planning.childbearing_age.min", "family_planning.childbearing_age.max"],
    compute: (ctx) => {
      const mem = ctx.member;
      if (!mem) return void 0;
      if (mem[field] !== void 0) return mem[field];
      if (womenOnly && memberSex(mem) === "male") return false;
      const birth = memberBirthDate(mem);
      if (birth === void 0) return void 0;
      const age = wholeYearsBetween(birth, ctx.asOf);
      const outside = age < ctx.param("family_planning.childbearing_age.min") || age > ctx.param("family_planning.childbearing_age.max");
      return outside ? false : void 0;
    }
  };
}
function ownHukou(hh, mem) {
  return mem.ownHukouInJiaozuo ?? (mem.relation === "self" ? hh.hukouInJiaozuo : void 0);
}
var COUPLE = {
  self: ["spouse"],
  spouse: ["self"],
  child: ["self", "spouse"]
};
function coupleHukouInJiaozuo(hh, mem) {
  const wanted = mem.relation === void 0 ? [] : COUPLE[mem.relation] ?? [];
  const others = hh.members.filter((o) => o !== mem && o.relation !== void 0 && wanted.includes(o.relation));
  return or3([ownHukou(hh, mem), ...others.map((o) => ownHukou(hh, o))]);
}
var DERIVED = [
  {
    // 免费产前筛查、新生儿疾病筛查 (parameters.md §9): one spouse with a Henan hukou; Jiaozuo's is one.
    id: "coupleHukouInJiaozuo",
    scope: "member",
    changeable: false,
    questions: [m("ownHukouInJiaozuo")],
    compute: ({ household, member }) => member ? coupleHukouInJiaozuo(household, member) : void 0
  },
  pregnancyAnswer("pregnant", true),
  pregnancyAnswer("postpartum", true),
  pregnancyAnswer("planningPregnancy", false),
  {
    id: "householdSize",
    scope: "household",
    questions: [h("members")],
    unit: "people",
    compute: ({ household }) => household.members.length
  },
  {
    id: "incomeTotalMonthly",
    scope: "household",
    questions: [h("monthlyIncomeTotal"), h("monthlyIncomePerCapita")],
    unit: "yuan",
    compute: ({ household }) => {
      const pc = perCapitaIncome(household);
      return pc === void 0 ? void 0 : pc * household.members.length;
    }
  },
  {
    id: "householdHoldsTekun",
    scope: "household",
    changeable: false,
    questions: [m("holdsTekun")],
    compute: ({ household }) => or3(household.members.map((mem) => mem.holdsTekun))
  },
  {
    // Members not (known to be) supported as 特困: the people a 低保 amount is for.
    id: "membersWithoutTekun",
    scope: "household",
    questions: [m("holdsTekun")],
    unit: "people",
    compute: ({ household }) => household.members.filter((mem) => mem.holdsTekun !== true).length
  },
  {
    id: "severeDisabledAdultWithFamily",
    scope: "household",
    changeable: false,
    questions: [m("hasDisabilityCertificate"), m("disabilityGrade"), m("birthDate"), m("relation")],
    alsoReads: ["holdsTekun"],
    params: ["general.adult_age", "disability.severe.max_grade"],
    compute: (ctx) => or3(ctx.household.members.map((_, i) => separateDibaoMember(ctx, i)))
  },
  {
    id: "singlePersonDibao",
    scope: "household",
    changeable: false,
    questions: [
      m("hasDisabilityCertificate"),
      m("disabilityGrade"),
      m("disabilityCategory"),
      m("birthDate"),
      m("employment"),
      h("monthlyIncomeTotal"),
      h("hukouType")
    ],
    alsoReads: ["holdsTekun"],
    params: [
      "general.adult_age",
      "dibao.single_person.max_grade",
      "dibao.single_person.mental_max_grade",
      "dibao.single_person.unemployed_max_grade",
      "low_income.multiple_of_dibao"
    ],
    compute: (ctx) => {
      const each = ctx.household.members.map((_, i) => singlePersonDibao(ctx, i));
      if (each.includes(true)) return true;
      if (each.includes(WINDOW)) return WINDOW;
      return each.includes(void 0) ? void 0 : false;
    }
  },
  {
    // Members known to be paid as a household of their own (HN-Dis Art 42, 单人保); unknown ones are not counted.
    id: "separateDibaoMembers",
    scope: "household",
    questions: [m("hasDisabilityCertificate"), m("disabilityGrade"), m("birthDate"), m("relation")],
    alsoReads: ["holdsTekun"],
    unit: "people",
    params: [
      "general.adult_age",
      "disability.severe.max_grade",
      "dibao.single_person.max_grade",
      "dibao.single_person.mental_max_grade",
      "low_income.multiple_of_dibao"
    ],
    compute: (ctx) => ctx.household.members.filter((_, i) => separateDibaoMember(ctx, i) === true || singlePersonDibao(ctx, i) === true).length
  },
  {
    id: "incomePerCapitaMonthly",
    scope: "household",
    questions: [h("monthlyIncomeTotal"), h("monthlyIncomePerCapita")],
    unit: "yuan",
    compute: ({ household }) => perCapitaIncome(household)
  },
  {
    id: "dibaoStandardMonthly",
    scope: "household",
    questions: [h("hukouType")],
    unit: "yuan",
    params: ["dibao.standard.urban", "dibao.standard.rural"],
    compute: dibaoStandard
  },
  multipleOfDibao("lowIncomeLineMonthly", "low_income.multiple_of_dibao"),
  // 河南省法律援助条例 第十二条: economic difficulty is measured against the local 低保 standard.
  multipleOfDibao("legalAidIncomeLineMonthly", "legal_aid.economic_difficulty.multiple_of_dibao"),
  {
    // 临时救助 (支出型): some member has large medical costs not covered by insurance.
    id: "householdHighMedicalCosts",
    scope: "household",
    questions: [m("highMedicalCosts")],
    compute: ({ household }) => or3(household.members.map((mem) => mem.highMedicalCosts))
  },
  {
    // 零就业家庭: someone of working age wants a job (就业促进法 第五十六条 "有就业需求的家庭";
    // 河南省就业促进条例 第四十七条 "提出就业申请"). Members known to be outside working age do not count.
    id: "householdSeekingWork",
    scope: "household",
    questions: [m("seekingWork")],
    params: ["employment.working_age.min", "employment.working_age.max"],
    compute: (ctx) => {
      const min = ctx.param("employment.working_age.min");
      const max = ctx.param("employment.working_age.max");
      return or3(
        ctx.household.members.filter((mem) => {
          const birth = memberBirthDate(mem);
          if (birth === void 0) return true;
          const age = wholeYearsBetween(birth, ctx.asOf);
          return age >= min && age <= max;
        }).map((mem) => mem.seekingWork)
      );
    }
  },
  multipleOfDibao("tekunStandardMonthly", "tekun.living_standard.multiple_of_dibao"),
  {
    id: "houseSafety",
    scope: "household",
    questions: [h("houseSafety")],
    compute: ({ household }) => household.houseSafety === "unassessed" ? WINDOW : household.houseSafety
  },
  {
    id: "zeroEmployment",
    scope: "household",
    questions: [m("employment"), m("birthDate")],
    params: ["employment.working_age.min", "employment.working_age.max"],
    compute: (ctx) => {
      const min = ctx.param("employment.working_age.min");
      const max = ctx.param("employment.working_age.max");
      let unknown = false;
      let workingAge = 0;
      for (const mem of ctx.household.members) {
        const birth = memberBirthDate(mem);
        if (birth === void 0) {
          unknown = true;
          continue;
        }
        const age = wholeYearsBetween(birth, ctx.asOf);
        if (age < min || age > max) continue;
        if (mem.employment === "employed" || mem.employment === "self_employed") return false;
        workingAge += 1;
        if (mem.employment === void 0) unknown = true;
      }
      if (unknown) return void 0;
      return workingAge > 0;
    }
  },
  {
    id: "county",
    scope: "household",
    questions: [h("county"), m("idNumber")],
    compute: ({ household }) => household.county ?? countyFromIds(household)
  },
  {
    id: "age",
    scope: "member",
    questions: [m("birthDate"), m("idNumber")],
    unit: "years",
    compute: ({ member, asOf }) => {
      const birth = member && memberBirthDate(member);
      return birth === void 0 ? void 0 : wholeYearsBetween(birth, asOf);
    }
  },
  {
    id: "sex",
    scope: "member",
    changeable: false,
    questions: [m("sex"), m("idNumber")],
    compute: ({ member }) => member && memberSex(member)
  },
  {
    // 光荣院: no capable supporter (光荣院管理办法, parameters.md §6); a person who cannot look after
    // themselves is named by 退役军人保障法 第五十四条 without that condition: the window decides.
    id: "honorHomeSupport",
    scope: "member",
    questions: [m("hasCapableSupporter"), m("selfCare")],
    compute: ({ member }) => {
      if (member?.hasCapableSupporter === void 0) return void 0;
      if (member.hasCapableSupporter === false) return true;
      if (member.selfCare === void 0) return void 0;
      return member.selfCare === "dependent" ? WINDOW : false;
    }
  },
  {
    // A condition only the window can settle (its text says what: a local figure that is not
    // published, whether the deceased supported someone…): such a leaf is always "window".
    id: "checkedAtWindow",
    scope: "household",
    changeable: false,
    questions: [],
    compute: () => WINDOW
  },
  {
    // 义务教育法 第十二条: a child whose parents (or other guardians) work or live where the child's
    // hukou is not. Read from the household's adults (a member known to be a minor is not asked);
    // who is the child's parent or guardian is checked at the window.
    id: "familyHasJiaozuoResidencePermit",
    scope: "household",
    questions: [m("hasJiaozuoResidencePermit")],
    params: ["general.adult_age"],
    compute: (ctx) => or3(adultsOf(ctx).map((mem) => mem.hasJiaozuoResidencePermit))
  },
  {
    id: "familyWorksInJiaozuo",
    scope: "household",
    questions: [m("worksInJiaozuo")],
    params: ["general.adult_age"],
    compute: (ctx) => or3(adultsOf(ctx).map((mem) => mem.worksInJiaozuo))
  },
  {
    // 社会保险法 第四十六条: the longest benefit period set by the months of contributions.
    id: "unemploymentBenefitMaxMonths",
    scope: "member",
    questions: [m("monthsInsured")],
    unit: "months",
    params: [
      "unemployment_insurance.min_months_insured",
      "unemployment_insurance.period.short",
      "unemployment_insurance.period.middle.min_months_insured",
      "unemployment_insurance.period.middle",
      "unemployment_insurance.period.long.min_months_insured",
      "unemployment_insurance.period.long"
    ],
    compute: (ctx) => {
      const insured = ctx.member?.monthsInsured;
      if (insured === void 0) return void 0;
      if (insured >= ctx.param("unemployment_insurance.period.long.min_months_insured"))
        return ctx.param("unemployment_insurance.period.long");
      if (insured >= ctx.param("unemployment_insurance.period.middle.min_months_insured"))
        return ctx.param("unemployment_insurance.period.middle");
      if (insured >= ctx.param("unemployment_insurance.min_months_insured"))
        return ctx.param("unemployment_insurance.period.short");
      return 0;
    }
  },
  {
    id: "monthsSinceDischarge",
    scope: "member",
    questions: [m("dischargeDate")],
    unit: "months",
    compute: ({ member, asOf }) => member?.dischargeDate === void 0 ? void 0 : wholeMonthsBetween(member.dischargeDate, asOf)
  }
];
var UNCHANGEABLE = /* @__PURE__ */ new Set([
  "householdHoldsTekun",
  "receivesPeriodicBenefit",
  "survivorRelation",
  "serviceDisabilityMental",
  "hardshipEvent",
  "schoolYear",
  "holdsPovertyAlleviation",
  "relation",
  "isVeteran",
  "hukouAtEnlistment",
  "isDisabledServiceman",
  "serviceDisabilityCause",
  "serviceDisabilityMental",
  "receivesPeriodicBenefit",
  "survivorOf",
  "survivorRelation",
  "isServicemanFamily",
  "isCombatVeteran",
  "orphan",
  "factuallyUnsupported",
  "jobLossInvoluntary",
  "monthsInsured",
  "yearsContributedPension",
  "familyPlanningStatus",
  "onlyChildLoss",
  "seriousIllness",
  "highMedicalCosts",
  "householdHighMedicalCosts",
  "legalIssue",
  "recentGraduate",
  "returningMigrantWorker",
  "ownHukouInJiaozuo"
]);
function answer(scope, field) {
  return {
    id: field,
    answer: true,
    scope,
    changeable: !UNCHANGEABLE.has(field),
    questions: [{ scope, field }],
    unit: UNITS[field],
    compute: scope === "household" ? (ctx) => ctx.household[field] : (ctx) => ctx.member?.[field]
  };
}
var FACTS = new Map(
  [
    ...HOUSEHOLD_ANSWERS.map((f) => answer("household", f)),
    ...MEMBER_ANSWERS.map((f) => answer("member", f)),
    ...DERIVED
  ].map((f) => [f.id, f])
);
var FACT_IDS = [...FACTS.keys()];
var FACT_SLOT = new Map(FACT_IDS.map((id, i) => [id, i]));
function factsNeeded(ids) {
  return [...FACTS.values()].filter((f) => ids.has(f.id));
}
function memo(fn) {
  const kept = /* @__PURE__ */ new Map();
  return (id) => {
    let v = kept.get(id);
    if (v === void 0) {
      v = fn(id);
      kept.set(id, v);
    }
    return v;
  };
}
function paramReader(params, asOf) {
  return {
    asOf,
    number: memo((id) => params.number(id, asOf)),
    unit: (id) => params.definition(id).unit,
    at: memo((id) => params.at(id, asOf))
  };
}
function rowPlan(needed) {
  const slot = (def) => ({ slot: FACT_SLOT.get(def.id), def });
  const answers = (scope) => new Map(
    [...FACTS.values()].filter((d) => d.answer && d.scope === scope).map((d) => [d.id, FACT_SLOT.get(d.id)])
  );
  const derived = (scope) => needed.filter((d) => !d.answer && d.scope === scope).map(slot);
  return {
    householdAnswers: answers("household"),
    memberAnswers: answers("member"),
    householdDerived: derived("household"),
    memberDerived: derived("member")
  };
}
function computeRow(reader, household, plan, member, householdRow) {
  const row = householdRow ? householdRow.slice() : new Array(FACT_IDS.length);
  const answers = member ?? household;
  const slots = member ? plan.memberAnswers : plan.householdAnswers;
  for (const field in answers) {
    const slot = slots.get(field);
    if (slot !== void 0) row[slot] = answers[field];
  }
  const ctx = { household, member, asOf: reader.asOf, param: reader.number, paramUnit: reader.unit };
  for (const { slot, def } of member ? plan.memberDerived : plan.householdDerived) row[slot] = def.compute(ctx);
  return row;
}
function computeRows(reader, household, plan) {
  const hh = computeRow(reader, household, plan);
  return [hh, ...household.members.map((m2) => computeRow(reader, household, plan, m2, hh))];
}
var answerOf = (household, field, member) => member === void 0 ? household[field] : household.members[member]?.[field];
function factParams(reader, factId, household, member) {
  const def = FACTS.get(factId);
  if (!def) return [];
  const used = [];
  def.compute({
    household,
    member,
    asOf: reader.asOf,
    param: (id) => {
      used.push(id);
      return reader.number(id);
    },
    paramUnit: reader.unit
  });
  return used;
}

// src/engine/logic.ts
function foldAll(values) {
  if (values.includes("F")) return "F";
  if (values.every((v) => v === "T")) return "T";
  return values.includes("U") ? "U" : "W";
}
function foldAny(values) {
  if (values.includes("T")) return "T";
  if (values.every((v) => v === "F")) return "F";
  return values.includes("U") ? "U" : "W";
}
function foldNot(v) {
  return v === "T" ? "F" : v === "F" ? "T" : v;
}
function refold(node, override) {
  const forced = override.get(node);
  if (forced) return forced;
  switch (node.op) {
    case "leaf":
      return node.truth;
    case "all":
      return foldAll(node.children.map((c) => refold(c, override)));
    case "any":
      return foldAny(node.children.map((c) => refold(c, override)));
    case "not":
      return foldNot(refold(node.children[0], override));
  }
}
function relevantLeaves(node, out = []) {
  if (node.op === "leaf") {
    out.push(node);
    return out;
  }
  if (node.op === "not") return relevantLeaves(node.children[0], out);
  const t = node.truth;
  for (const c of node.children) {
    if (node.op === "any" && t === "T" && c.truth !== "T") continue;
    if (node.op === "all" && t === "F" && c.truth !== "F") continue;
    if (node.op === "any" && (t === "U" || t === "W") && c.truth === "F") continue;
    relevantLeaves(c, out);
  }
  return out;
}
function nearMisses(root) {
  if (root.truth !== "F") return [];
  return relevantLeaves(root).filter((leaf) => {
    if (leaf.truth !== "T" && leaf.truth !== "F") return false;
    const flipped = leaf.truth === "T" ? "F" : "T";
    return refold(root, /* @__PURE__ */ new Map([[leaf, flipped]])) === "T";
  });
}

// src/engine/program.ts
import * as z from "zod";
var isoDate = z.string().refine(isCalendarDate, "a real date, YYYY-MM-DD");
var Leaf = z.strictObject({
  name: z.string().regex(/^[a-z0-9_]+$/),
  /** The article or paragraph this condition implements, e.g. 社会救助暂行办法 第十四条; says so when only a placeholder parameter stands behind it. */
  basis: z.string().min(1),
  fact: z.string(),
  operator: z.enum([
    "equal",
    "notEqual",
    "lessThan",
    "lessThanInclusive",
    "greaterThan",
    "greaterThanInclusive",
    "in",
    "notIn"
  ]),
  value: z.union([z.strictObject({ fact: z.string() }), z.boolean(), z.string(), z.array(z.string())])
});
var ConditionNode = z.lazy(
  () => z.union([
    Leaf,
    z.strictObject({ name: z.string().optional(), all: z.array(ConditionNode).min(1) }),
    z.strictObject({ name: z.string().optional(), any: z.array(ConditionNode).min(1) }),
    z.strictObject({ name: z.string().optional(), not: ConditionNode })
  ])
);
var AmountExpr = z.lazy(
  () => z.union([
    z.strictObject({ param: z.string() }),
    z.strictObject({ fact: z.string() }),
    z.strictObject({ op: z.enum(["add", "sub", "mul", "div", "min", "max"]), args: z.array(AmountExpr).min(2) }),
    z.strictObject({ switch: z.string(), cases: z.record(z.string(), AmountExpr) })
  ])
);
var ProgramTexts = z.strictObject({
  name: z.string().min(1),
  summary: z.string().min(1),
  /** One sentence per named condition: the clause it checks. */
  conditions: z.record(z.string(), z.string().min(1)),
  /** What the window checks that no questionnaire can (assets, the house itself…), keyed like verifiedAtWindow. */
  window: z.record(z.string(), z.string().min(1)).optional(),
  amountNote: z.string().optional()
});
var ProgramFile = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  tier: z.enum(["A", "B"]),
  scope: z.enum(["household", "member"]),
  /**
   * For the programs that grant a status others depend on (低保, 低保边缘, 特困): the boolean fact
   * that says it is held. The catalogue derives its list of statuses from these.
   */
  grantsStatus: z.string().optional(),
  effective: z.strictObject({ from: isoDate, to: isoDate.optional() }),
  department: z.string(),
  documents: z.array(z.string()).min(1),
  citation: z.strictObject({
    chapter: z.string(),
    section: z.string().optional(),
    lead: z.string().min(1),
    quote: z.string().min(1),
    also: z.array(z.string()).optional()
  }),
  amount: z.strictObject({ period: z.enum(["month", "year", "once"]), formula: AmountExpr }).optional(),
  verifiedAtWindow: z.array(z.string()).optional(),
  conditions: z.union([
    z.strictObject({ all: z.array(ConditionNode).min(1) }),
    z.strictObject({ any: z.array(ConditionNode).min(1) })
  ]),
  texts: z.strictObject({ "zh-CN": ProgramTexts, en: ProgramTexts })
});
function isLeaf(node) {
  return "fact" in node;
}
function* leaves(node) {
  if (isLeaf(node)) yield node;
  else if ("all" in node) for (const c of node.all) yield* leaves(c);
  else if ("any" in node) for (const c of node.any) yield* leaves(c);
  else yield* leaves(node.not);
}
function* amountRefs(expr) {
  if ("param" in expr) yield { param: expr.param };
  else if ("fact" in expr) yield { fact: expr.fact };
  else if ("op" in expr) for (const a of expr.args) yield* amountRefs(a);
  else {
    yield { fact: expr.switch };
    for (const c of Object.values(expr.cases)) yield* amountRefs(c);
  }
}
function paramsOf(p) {
  const ids = /* @__PURE__ */ new Set();
  for (const leaf of leaves(p.conditions)) {
    if (typeof leaf.value === "object" && !Array.isArray(leaf.value) && leaf.value.fact.startsWith(PARAM_PREFIX)) {
      ids.add(leaf.value.fact.slice(PARAM_PREFIX.length));
    }
  }
  if (p.amount) {
    for (const r2 of amountRefs(p.amount.formula)) if (r2.param) ids.add(r2.param);
  }
  return [...ids];
}
var PARAM_PREFIX = "param:";
function factsOf(p) {
  const ids = /* @__PURE__ */ new Set();
  for (const leaf of leaves(p.conditions)) {
    ids.add(leaf.fact);
    if (typeof leaf.value === "object" && !Array.isArray(leaf.value) && !leaf.value.fact.startsWith(PARAM_PREFIX)) {
      ids.add(leaf.value.fact);
    }
  }
  if (p.amount) {
    for (const r2 of amountRefs(p.amount.formula)) if (r2.fact) ids.add(r2.fact);
  }
  return [...ids];
}

// src/engine/compile.ts
var isNumeric = (v) => Number.parseFloat(v).toString() !== "NaN";
var OPERATORS = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => b.indexOf(a) > -1,
  notIn: (a, b) => b.indexOf(a) === -1,
  lessThan: (a, b) => isNumeric(a) && a < b,
  lessThanInclusive: (a, b) => isNumeric(a) && a <= b,
  greaterThan: (a, b) => isNumeric(a) && a > b,
  greaterThanInclusive: (a, b) => isNumeric(a) && a >= b
};
function compileLeaf(leaf, slots) {
  const slot = slots.fact(leaf.fact);
  const compare = OPERATORS[leaf.operator];
  const ref = typeof leaf.value === "object" && !Array.isArray(leaf.value) ? leaf.value.fact : void 0;
  if (ref?.startsWith(PARAM_PREFIX)) {
    const p = slots.param(ref.slice(PARAM_PREFIX.length));
    return (f, params) => {
      const v = f[slot];
      if (v === WINDOW) return "W";
      if (v === void 0) return "U";
      return compare(v, params[p]) ? "T" : "F";
    };
  }
  if (ref !== void 0) {
    const other = slots.fact(ref);
    return (f) => {
      const v = f[slot];
      const t = f[other];
      if (v === WINDOW || t === WINDOW) return "W";
      if (v === void 0 || t === void 0) return "U";
      return compare(v, t) ? "T" : "F";
    };
  }
  const literal = leaf.value;
  return (f) => {
    const v = f[slot];
    if (v === WINDOW) return "W";
    if (v === void 0) return "U";
    return compare(v, literal) ? "T" : "F";
  };
}
function compileFold(children, dominant) {
  const unanimous = dominant === "F" ? "T" : "F";
  return (f, p) => {
    let sawU = false;
    let sawW = false;
    for (const c of children) {
      const v = c(f, p);
      if (v === dominant) return dominant;
      if (v === "U") sawU = true;
      else if (v === "W") sawW = true;
    }
    return sawU ? "U" : sawW ? "W" : unanimous;
  };
}
function compileTruth(node, slots) {
  if (isLeaf(node)) return compileLeaf(node, slots);
  if ("not" in node) {
    const child = compileTruth(node.not, slots);
    return (f, p) => foldNot(child(f, p));
  }
  if ("all" in node)
    return compileFold(
      node.all.map((c) => compileTruth(c, slots)),
      "F"
    );
  return compileFold(
    node.any.map((c) => compileTruth(c, slots)),
    "T"
  );
}
function compileTree(node, slots) {
  if (isLeaf(node)) {
    const truth = compileLeaf(node, slots);
    return (f, p) => ({ op: "leaf", children: [], leaf: node, truth: truth(f, p) });
  }
  if ("not" in node) {
    const child = compileTree(node.not, slots);
    return (f, p) => {
      const c = child(f, p);
      return { op: "not", children: [c], truth: foldNot(c.truth) };
    };
  }
  const op = "all" in node ? "all" : "any";
  const kids = ("all" in node ? node.all : node.any).map((c) => compileTree(c, slots));
  const fold = op === "all" ? foldAll : foldAny;
  return (f, p) => {
    const children = kids.map((k) => k(f, p));
    return { op, children, truth: fold(children.map((c) => c.truth)) };
  };
}

// src/engine/catalogue.ts
var DATE_CACHE_LIMIT = 512;
var Catalogue = class {
  constructor(programs, params) {
    this.params = params;
    const map = /* @__PURE__ */ new Map();
    for (const p of programs) {
      if (map.has(p.id)) throw new Error(`program ${p.id} is defined twice`);
      checkProgram(p, params);
      map.set(p.id, p);
    }
    this.programs = map;
    this.firstDate = [...map.values()].map((p) => p.effective.from).sort()[0];
    this.statuses = [...map.values()].filter((p) => p.grantsStatus !== void 0).map((p) => {
      const key = p.grantsStatus;
      const fact = FACTS.get(key);
      if (!fact) throw new Error(`rules/${p.id}.json: grantsStatus ${key} is not a fact`);
      return { key, programId: p.id, scope: fact.scope };
    });
    const statusKeys = new Set(this.statuses.map((s) => s.key));
    this.statusKeys = statusKeys;
    const slots = {
      fact: (id) => {
        const slot = FACT_SLOT.get(id);
        if (slot === void 0) throw new Error(`unknown fact ${id}`);
        return slot;
      },
      param: (id) => {
        let slot = this.paramSlot.get(id);
        if (slot === void 0) {
          slot = this.paramIds.push(id) - 1;
          this.paramSlot.set(id, slot);
        }
        return slot;
      }
    };
    const statusesOf = (factId) => this.statusesOf(factId);
    const compiled = /* @__PURE__ */ new Map();
    for (const p of map.values()) {
      const root = p.conditions;
      const read = new Set(factsOf(p).flatMap(statusesOf));
      compiled.set(p.id, {
        file: p,
        truth: compileTruth(root, slots),
        tree: compileTree(root, slots),
        readsStatuses: p.grantsStatus ? [] : [...statusKeys].filter((k) => read.has(k))
      });
    }
    this.compiled = compiled;
    this.order = [...map.values()].sort((a, b) => Number(!a.grantsStatus) - Number(!b.grantsStatus)).map((p) => p.id);
  }
  params;
  programs;
  compiled;
  statuses;
  statusKeys;
  /** Status programs first: other programs read the statuses they grant. */
  order;
  /** The first date screened: the earliest date a program takes effect. Earlier screenings are refused. */
  firstDate;
  /** Every parameter a rule compares with, by slot. */
  paramIds = [];
  paramSlot = /* @__PURE__ */ new Map();
  dates = /* @__PURE__ */ new Map();
  factStatuses = /* @__PURE__ */ new Map();
  /**
   * The statuses a fact depends on: itself when it is one, or the status answers it reads (e.g.
   * "someone in the household holds 特困" reads each member's holdsTekun).
   */
  statusesOf(factId) {
    let statuses = this.factStatuses.get(factId);
    if (!statuses) {
      const def = FACTS.get(factId);
      statuses = [...this.statusKeys].filter(
        (k) => k === factId || def?.questions.some((q) => q.field === k) || def?.alsoReads?.includes(k)
      );
      this.factStatuses.set(factId, statuses);
    }
    return statuses;
  }
  /**
   * Programs, facts and parameter values for a date, resolved once and kept. Throws
   * ParameterError when a program in force needs a parameter that has no value yet on that date.
   */
  at(asOf) {
    const hit = this.dates.get(asOf);
    if (hit) return hit;
    const programs = this.order.map((id) => this.compiled.get(id)).filter(({ file: p }) => p.effective.from <= asOf && (p.effective.to === void 0 || asOf <= p.effective.to));
    const params = new Array(this.paramIds.length);
    for (const { file } of programs) {
      for (const id of paramsOf(file)) {
        const slot = this.paramSlot.get(id);
        const value = this.params.at(id, asOf).value;
        if (slot !== void 0) params[slot] = value;
      }
    }
    const facts = factsNeeded(new Set(programs.flatMap(({ file }) => factsOf(file))));
    const context = {
      asOf,
      programs,
      facts,
      rows: rowPlan(facts),
      params,
      reader: paramReader(this.params, asOf)
    };
    if (this.dates.size >= DATE_CACHE_LIMIT) this.dates.clear();
    this.dates.set(asOf, context);
    return context;
  }
};
function checkProgram(p, params) {
  const fail = (msg) => {
    throw new Error(`rules/${p.id}.json: ${msg}`);
  };
  const names = /* @__PURE__ */ new Set();
  for (const leaf of leaves(p.conditions)) {
    const fact = FACTS.get(leaf.fact);
    if (!fact) fail(`condition ${leaf.name} reads unknown fact ${leaf.fact}`);
    if (p.scope === "household" && fact?.scope === "member") fail(`household rule reads member fact ${leaf.fact}`);
    if (typeof leaf.value === "object" && !Array.isArray(leaf.value)) {
      const ref = leaf.value.fact;
      if (ref.startsWith(PARAM_PREFIX)) {
        if (!params.has(ref.slice(PARAM_PREFIX.length))) fail(`condition ${leaf.name} reads unknown parameter ${ref}`);
      } else if (!FACTS.has(ref)) fail(`condition ${leaf.name} compares with unknown fact ${ref}`);
    } else if (typeof leaf.value === "number") {
      fail(`condition ${leaf.name} has a literal number: thresholds must be parameters`);
    }
    if (names.has(leaf.name)) fail(`condition name ${leaf.name} is used twice`);
    names.add(leaf.name);
    for (const locale of ["zh-CN", "en"]) {
      if (!p.texts[locale].conditions[leaf.name]) fail(`no ${locale} text for condition ${leaf.name}`);
    }
  }
  for (const id of paramsOf(p)) if (!params.has(id)) fail(`unknown parameter ${id}`);
  if (p.amount) {
    for (const r2 of amountRefs(p.amount.formula))
      if (r2.fact && !FACTS.has(r2.fact)) fail(`amount reads unknown fact ${r2.fact}`);
  }
  for (const key of p.verifiedAtWindow ?? []) {
    for (const locale of ["zh-CN", "en"]) {
      if (!p.texts[locale].window?.[key]) fail(`no ${locale} text for window check ${key}`);
    }
  }
}

// src/i18n/templates.ts
var SLOT = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
var UNSUPPORTED = /\$t\(|\{\{[^}]*[,-][^}]*\}\}/;
function parse(raw) {
  if (UNSUPPORTED.test(raw)) return void 0;
  const literals = [];
  const names = [];
  const slots = [];
  let last = 0;
  for (const m2 of raw.matchAll(SLOT)) {
    literals.push(raw.slice(last, m2.index));
    names.push(m2[1]);
    slots.push(m2[0]);
    last = m2.index + m2[0].length;
  }
  literals.push(raw.slice(last));
  if (names.length === 0) return () => raw;
  return (vars = {}) => {
    let out = literals[0];
    for (let i = 0; i < names.length; i++) {
      const v = vars[names[i]];
      out += (v === void 0 ? slots[i] : String(v)) + literals[i + 1];
    }
    return out;
  };
}
var joinKey = (group, id) => group.endsWith(":") ? `${group}${id}` : `${group}.${id}`;
function compileTemplates(instance, locale) {
  const cache = /* @__PURE__ */ new Map();
  const viaI18next = (key) => (vars) => instance.t(key, { ...vars, lng: locale });
  const fallback = instance.options.fallbackLng;
  const resource = (lng, ns, path) => instance.getResource(lng, ns, path) ?? instance.getResource(lng, ns, path, { keySeparator: false });
  const lookup = (key) => {
    const [ns, path] = key.includes(":") ? key.split(":", 2) : ["common", key];
    if (resource(locale, ns, `${path}_other`) !== void 0) return viaI18next(key);
    const raw = resource(locale, ns, path) ?? resource(fallback, ns, path);
    if (raw === void 0) return () => key;
    if (typeof raw !== "string") return viaI18next(key);
    return parse(raw) ?? viaI18next(key);
  };
  const labels = /* @__PURE__ */ new Map();
  const t = (key, vars) => {
    let tpl = cache.get(key);
    if (!tpl) {
      tpl = lookup(key);
      cache.set(key, tpl);
    }
    return tpl(vars);
  };
  return {
    locale,
    t,
    label(group, id) {
      let byId = labels.get(group);
      if (!byId) {
        byId = /* @__PURE__ */ new Map();
        labels.set(group, byId);
      }
      let s = byId.get(id);
      if (s === void 0) {
        s = t(joinKey(group, id));
        byId.set(id, s);
      }
      return s;
    }
  };
}

// src/engine/explain.ts
var HEADLINE = {
  eligible: "sentence.headline.eligible",
  not_eligible: "sentence.headline.not_eligible",
  needs_info: "sentence.headline.needs_info",
  refer: "sentence.headline.refer"
};
var COMPARISONS = /* @__PURE__ */ new Set(["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"]);
function explain(catalogue, screening, tx, locale) {
  const counts = { eligible: 0, not_eligible: 0, needs_info: 0, refer: 0 };
  const results = screening.results.map((r2) => {
    counts[r2.outcome] += 1;
    return explainProgram(catalogue, catalogue.programs.get(r2.id), r2, screening.asOf, tx);
  });
  return { asOf: screening.asOf, locale, counts, results };
}
function translated(tx, group, id) {
  const s = tx.label(group, id);
  return s === joinKey(group, id) ? void 0 : s;
}
var UNIT_KEYS = Object.fromEntries(
  ["yuan", "years", "age", "months", "sqm", "grade", "people", "ratio", "date"].map((u) => [u, `unit.${u}`])
);
function formatValue(tx, factId, unit, v) {
  if (v === void 0 || v === null) return "\u2014";
  if (typeof v === "boolean") return tx.label("bool", String(v));
  if (Array.isArray(v)) return v.map((x) => formatValue(tx, factId, unit, x)).join(tx.t("sentence.listSeparator"));
  if (typeof v === "number") {
    const n = Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/\.?0+$/, "");
    return unit ? tx.t(UNIT_KEYS[unit], { value: n }) : n;
  }
  return factId && translated(tx, `values.${factId}`, String(v)) || String(v);
}
function factUnit(factId) {
  return factId === "age" ? "age" : FACTS.get(factId)?.unit;
}
function memberLabel(tx, index) {
  return tx.t("sentence.memberLabel", { n: index + 1 });
}
function questionLabel(tx, q) {
  const field = tx.label("fields", q.field);
  return q.member === void 0 ? field : tx.t("sentence.member", { member: memberLabel(tx, q.member), text: field });
}
function gradeText(tx, c, clause, fact) {
  const t = c.threshold;
  const upTo = c.operator === "lessThanInclusive" || c.operator === "lessThan";
  const max = c.operator === "lessThan" ? t - 1 : t;
  const range = !upTo ? tx.t("sentence.gradeFrom", { min: c.operator === "greaterThan" ? t + 1 : t }) : max === 1 ? tx.t("sentence.gradeOnly", { grade: max }) : tx.t("sentence.gradeUpTo", { max });
  const vars = { clause, fact, value: c.value, range };
  return tx.t(c.status === "passed" ? "sentence.gradeWithin" : "sentence.gradeOutside", vars);
}
function conditionText(tx, programId, c) {
  const clause = tx.label(`programs:${programId}.conditions`, c.name);
  if (c.status === "window") return tx.t("sentence.window", { clause });
  if (c.status === "unknown") {
    const questions = [...new Set(c.questions.map((q) => tx.label("fields", q.field)))];
    return tx.t("sentence.unknown", { clause, questions: questions.join(tx.t("sentence.listSeparator")) });
  }
  const fact = tx.label("fields", c.fact);
  const unit = factUnit(c.fact);
  const value = formatValue(tx, c.fact, unit, c.value);
  const thresholdUnit = c.thresholdFact ? factUnit(c.thresholdFact) : unit;
  const threshold = formatValue(tx, c.thresholdFact ?? c.fact, thresholdUnit, c.threshold);
  const thresholdLabel = c.parameter ? tx.label("params:", c.parameter.id) : c.thresholdFact ? tx.label("fields", c.thresholdFact) : "";
  const compare = COMPARISONS.has(c.operator) && typeof c.value === "number" && typeof c.threshold === "number";
  const vars = {
    clause,
    fact,
    value,
    threshold,
    thresholdLabel,
    gap: compare ? formatValue(tx, c.fact, unit, c.gap) : ""
  };
  if (c.hypothetical && c.status === "passed") return tx.t("sentence.passedIfGranted", { clause });
  let text;
  if (compare && unit === "grade") text = gradeText(tx, c, clause, fact);
  else if (c.status === "passed") {
    const key = compare ? "sentence.passedCompare" : typeof c.value === "boolean" ? "sentence.passedPlain" : "sentence.passed";
    text = tx.t(key, vars);
  } else if (compare) {
    const v = c.value;
    const th = c.threshold;
    text = tx.t(v > th ? "sentence.failedAbove" : v < th ? "sentence.failedBelow" : "sentence.failedEqual", vars);
  } else text = tx.t("sentence.failed", vars);
  if (c.unverified.length > 0 && c.threshold !== void 0) text += tx.t("sentence.unverified", { threshold });
  return text;
}
function reasonOf(tx, programId, c, member) {
  const text = conditionText(tx, programId, c);
  return {
    name: c.name,
    status: c.status,
    member,
    text: member === void 0 ? text : tx.t("sentence.member", { member: memberLabel(tx, member), text }),
    fact: c.fact,
    value: c.value,
    threshold: c.threshold,
    thresholdFact: c.thresholdFact,
    parameters: c.parameters.length > 0 ? c.parameters : void 0,
    gap: c.gap,
    basis: c.basis,
    unverified: c.unverified.length > 0 ? true : void 0
  };
}
var statics = /* @__PURE__ */ new WeakMap();
function programStatic(tx, p) {
  let byId = statics.get(tx);
  if (!byId) {
    byId = /* @__PURE__ */ new Map();
    statics.set(tx, byId);
  }
  let s = byId.get(p.id);
  if (!s) {
    const name = tx.t(`programs:${p.id}.name`);
    s = {
      name,
      summary: tx.t(`programs:${p.id}.summary`),
      headlineNotEligible: tx.t("sentence.headline.not_eligible", { name }),
      documents: p.documents.map((key) => ({ key, text: tx.t(`documents.${key}`) })),
      department: {
        key: p.department,
        name: tx.t(`departments.${p.department}.name`),
        where: tx.t(`departments.${p.department}.where`)
      },
      citation: {
        ...p.citation,
        also: p.citation.also ?? [],
        text: tx.t("sentence.citation", {
          chapter: p.citation.chapter,
          section: p.citation.section ?? "",
          lead: p.citation.lead
        })
      },
      window: new Map(Object.keys(p.texts.en.window ?? {}).map((k) => [k, tx.t(`programs:${p.id}.window.${k}`)])),
      amountNote: p.texts.en.amountNote === void 0 ? void 0 : tx.t(`programs:${p.id}.amountNote`)
    };
    byId.set(p.id, s);
  }
  return s;
}
function explainProgram(catalogue, p, r2, asOf, tx) {
  const fixed = programStatic(tx, p);
  const { name } = fixed;
  const reasons = r2.subjects.flatMap((s) => s.conditions.map((c) => reasonOf(tx, p.id, c, s.member)));
  const outcomeLabel = tx.label("outcome", r2.outcome);
  if (!r2.full) {
    return {
      programId: p.id,
      name,
      outcome: r2.outcome,
      outcomeLabel,
      detail: "brief",
      headline: fixed.headlineNotEligible,
      reasons
    };
  }
  const statuses = (r2.onceGranted ?? []).map((s) => tx.label("statuses", s)).join(tx.t("sentence.listSeparator"));
  const changes = r2.subjects.flatMap(
    (s) => s.changes.map((c) => {
      const text = conditionText(tx, p.id, c);
      return s.member === void 0 ? text : tx.t("sentence.member", { member: memberLabel(tx, s.member), text });
    })
  );
  const amount = r2.amount && {
    value: r2.amount.value,
    period: r2.amount.period,
    unverified: r2.amount.unverified.length > 0,
    text: tx.t(r2.amount.unverified.length > 0 ? "sentence.amountUnverified" : "sentence.amount", {
      value: r2.amount.value,
      period: tx.label("period", r2.amount.period)
    }) + (r2.amount.partial ? tx.t("sentence.amountPartial") : ""),
    partial: r2.amount.partial ?? false,
    note: fixed.amountNote
  };
  const headline = r2.held ? tx.t("sentence.headline.held", { name }) : !r2.onceGranted ? tx.t(HEADLINE[r2.outcome], { name }) : r2.outcome === "eligible" ? tx.t("sentence.headline.eligibleOnce", { name, statuses }) : tx.t("sentence.headline.onceGranted", {
    statuses,
    headline: tx.t(HEADLINE[r2.outcome], { name })
  });
  return {
    programId: p.id,
    name,
    outcome: r2.outcome,
    outcomeLabel,
    detail: "full",
    summary: fixed.summary,
    headline,
    held: r2.held || void 0,
    onceGranted: r2.onceGranted?.map((s) => ({
      status: s,
      programId: catalogue.statuses.find((d) => d.key === s)?.programId,
      label: tx.label("statuses", s)
    })),
    members: p.scope === "member" ? r2.subjects.map((s) => ({
      index: s.member,
      ref: s.ref,
      label: memberLabel(tx, s.member),
      held: s.held || void 0
    })) : void 0,
    amount,
    reasons,
    questions: r2.questions.map((q) => ({
      path: q.path,
      field: q.field,
      member: q.member,
      label: questionLabel(tx, q)
    })),
    changes,
    window: r2.window.map((k) => fixed.window.get(k)),
    documents: fixed.documents,
    department: fixed.department,
    citation: fixed.citation,
    unverifiedParameters: r2.unverified.map((id) => {
      const v = catalogue.params.at(id, asOf);
      return { id, label: tx.label("params:", id), value: v.value, source: v.source };
    })
  };
}

// src/engine/reference.ts
import { Engine, Rule } from "json-rules-engine";

// src/params/parameters.ts
import * as z2 from "zod";
var Confidence = z2.enum(["H", "M", "L", "UNVERIFIED"]);
var Unit = z2.enum(["CNY/month", "CNY/year", "CNY/once", "years", "months", "sqm", "grade", "ratio", "date"]);
var isoDate2 = z2.string().refine(isCalendarDate, "a real date, YYYY-MM-DD");
var ParameterValue = z2.strictObject({
  from: isoDate2,
  value: z2.union([z2.number(), z2.string()]),
  source: z2.string().min(1),
  year: z2.number().int(),
  confidence: Confidence,
  note: z2.string().optional()
});
var LocalizedText = z2.strictObject({ "zh-CN": z2.string().min(1), en: z2.string().min(1) });
var ParameterDefinition = z2.strictObject({
  unit: Unit,
  label: LocalizedText,
  values: z2.array(ParameterValue).min(1)
});
var ParameterFile = z2.strictObject({
  family: z2.string(),
  parameters: z2.record(z2.string().regex(/^[a-z0-9_.-]+$/), ParameterDefinition)
});
var ParameterError = class extends Error {
  constructor(code, parameterId, firstDate) {
    super(`parameter ${parameterId}: ${code}${firstDate ? ` (first value ${firstDate})` : ""}`);
    this.code = code;
    this.parameterId = parameterId;
    this.firstDate = firstDate;
  }
  code;
  parameterId;
  firstDate;
};
var MEMO_LIMIT = 5e4;
var ParameterSet = class {
  defs = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new Map();
  constructor(files, overrides = []) {
    for (const file of files) {
      for (const [id, def] of Object.entries(file.parameters)) {
        if (this.defs.has(id)) throw new Error(`parameter ${id} is defined twice`);
        this.defs.set(id, { ...def, values: [...def.values].sort((a, b) => a.from.localeCompare(b.from)) });
      }
    }
    for (const o of overrides) {
      const def = this.defs.get(o.id);
      if (!def) continue;
      const values = def.values.filter((v) => v.from !== o.from);
      values.push({
        from: o.from,
        value: o.value,
        source: `local override: ${o.note}`,
        year: Number(o.from.slice(0, 4)),
        confidence: "UNVERIFIED"
      });
      values.sort((a, b) => a.from.localeCompare(b.from));
      this.defs.set(o.id, { ...def, values });
    }
  }
  ids() {
    return [...this.defs.keys()];
  }
  has(id) {
    return this.defs.has(id);
  }
  definition(id) {
    const def = this.defs.get(id);
    if (!def) throw new ParameterError("unknown", id);
    return def;
  }
  /** The value in force on `asOf` (YYYY-MM-DD); throws ParameterError before the first value. */
  at(id, asOf) {
    const key = `${id}@${asOf}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const def = this.definition(id);
    let found;
    for (const v of def.values) {
      if (v.from <= asOf) found = v;
      else break;
    }
    if (!found) throw new ParameterError("beforeFirstValue", id, def.values[0].from);
    const value = Object.freeze({ ...found, id, unit: def.unit, unverified: found.confidence === "UNVERIFIED" });
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(key, value);
    return value;
  }
  /** The value in force as a number (for thresholds and amounts). */
  number(id, asOf) {
    const v = this.at(id, asOf).value;
    if (typeof v !== "number") throw new Error(`parameter ${id} is not numeric`);
    return v;
  }
};

// src/engine/amounts.ts
var ARITHMETIC = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  min: (a, b) => Math.min(a, b),
  max: (a, b) => Math.max(a, b)
};
function computeAmount(reader, formula, period, s) {
  const used = /* @__PURE__ */ new Set();
  const member = s.member === void 0 ? void 0 : s.household.members[s.member];
  const evalExpr = (e) => {
    if ("param" in e) {
      used.add(e.param);
      return reader.number(e.param);
    }
    if ("fact" in e) {
      for (const id of factParams(reader, e.fact, s.household, member)) used.add(id);
      const v = s.row[FACT_SLOT.get(e.fact)];
      return typeof v === "number" ? v : void 0;
    }
    if ("switch" in e) {
      const key = s.row[FACT_SLOT.get(e.switch)];
      const branch = key === void 0 || typeof key === "symbol" ? void 0 : e.cases[String(key)];
      return branch ? evalExpr(branch) : void 0;
    }
    const args = e.args.map(evalExpr);
    if (args.some((a) => a === void 0)) return void 0;
    return args.reduce(ARITHMETIC[e.op]);
  };
  const value = evalExpr(formula);
  if (value === void 0 || !Number.isFinite(value)) return void 0;
  return {
    value: Math.max(0, Math.round(value)),
    period,
    unverified: [...used].filter((id) => reader.at(id).unverified)
  };
}

// src/engine/detail.ts
var STATUS = { T: "passed", F: "failed", U: "unknown", W: "window" };
function dedupe(qs) {
  const seen = /* @__PURE__ */ new Map();
  for (const q of qs) if (!seen.has(q.path)) seen.set(q.path, q);
  return [...seen.values()];
}
function questionsOf(factId, s) {
  const def = FACTS.get(factId);
  if (!def) return [];
  const open = def.questions.flatMap((q) => {
    if (q.scope === "household") return [{ path: q.field, field: q.field }];
    const members = def.scope === "member" && s.member !== void 0 ? [s.member] : s.household.members.map((_, i) => i);
    return members.map((i) => ({ path: `members.${i}.${q.field}`, field: q.field, member: i }));
  });
  const unanswered = open.filter((q) => answerOf(s.household, q.field, q.member) === void 0);
  return unanswered.length > 0 ? unanswered : open;
}
var factOf = (s, fact) => s.row[FACT_SLOT.get(fact)];
function describeLeaf(reader, leaf, truth, s) {
  const raw = factOf(s, leaf.fact);
  const memberAnswers = s.member === void 0 ? void 0 : s.household.members[s.member];
  const paramIds = factParams(reader, leaf.fact, s.household, memberAnswers);
  let threshold;
  let thresholdFact;
  let parameter;
  if (typeof leaf.value === "object" && !Array.isArray(leaf.value)) {
    const ref = leaf.value.fact;
    if (ref.startsWith(PARAM_PREFIX)) {
      const v = reader.at(ref.slice(PARAM_PREFIX.length));
      parameter = { id: v.id, from: v.from, value: v.value, unverified: v.unverified };
      threshold = v.value;
      paramIds.push(v.id);
    } else {
      thresholdFact = ref;
      const t = factOf(s, ref);
      if (t !== WINDOW) threshold = t;
      paramIds.push(...factParams(reader, ref, s.household, memberAnswers));
    }
  } else {
    threshold = leaf.value;
  }
  const status = STATUS[truth];
  const value = raw === WINDOW ? void 0 : raw;
  const questions = status === "unknown" ? [
    ...value === void 0 ? questionsOf(leaf.fact, s) : [],
    ...thresholdFact && threshold === void 0 ? questionsOf(thresholdFact, s) : []
  ] : [];
  const gap = typeof value === "number" && typeof threshold === "number" && status !== "unknown" ? Math.abs(value - threshold) : void 0;
  return {
    name: leaf.name,
    status,
    fact: leaf.fact,
    operator: leaf.operator,
    basis: leaf.basis,
    value,
    threshold,
    thresholdFact,
    parameter,
    parameters: paramIds.length > 1 ? [...new Set(paramIds)] : paramIds,
    unverified: paramIds.filter((id, i) => reader.at(id).unverified && paramIds.indexOf(id) === i),
    gap,
    questions
  };
}
var changeable = (fact, s) => FACTS.get(fact)?.changeable !== false && !s.statuses.has(fact);
function explainTree(reader, root, s, brief) {
  const describe = (n) => describeLeaf(reader, n.leaf, n.truth, s);
  const relevant = relevantLeaves(root);
  if (brief && root.truth === "F") {
    const failed = relevant.filter((n) => n.truth === "F");
    const deciding = failed.find((n) => changeable(n.leaf.fact, s)) ?? failed[0] ?? relevant[0];
    return { conditions: [describe(deciding)], changes: [], questions: [] };
  }
  const conditions = relevant.map(describe);
  const questions = root.truth === "U" ? dedupe(conditions.filter((c) => c.status === "unknown").flatMap((c) => c.questions)) : [];
  const changes = nearMisses(root).filter((n) => changeable(n.leaf.fact, s)).map(describe);
  return { conditions, changes, questions };
}

// src/engine/screen.ts
var OUTCOME = { T: "eligible", F: "not_eligible", U: "needs_info", W: "refer" };
var AMOUNT_REVIEW = "amount_review";
var RANK = ["eligible", "needs_info", "refer", "not_eligible"];
var ScreeningError = class extends Error {
  constructor(cause) {
    super(cause.message);
    this.cause = cause;
  }
  cause;
};
function withParameters(fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ParameterError) throw new ScreeningError(e);
    throw e;
  }
}
function prepare(catalogue, household, asOf) {
  return withParameters(() => {
    const date2 = catalogue.at(asOf);
    const reader = date2.reader;
    return { catalogue, household, date: date2, reader, rows: computeRows(reader, household, date2.rows) };
  });
}
function scopeOf(p, rows) {
  return p.file.scope === "household" ? [0] : rows.map((_, i) => i).slice(1);
}
function bestOutcome(outcomes) {
  let best = RANK.length - 1;
  for (const o of outcomes) {
    const r2 = RANK.indexOf(o);
    if (r2 < best) best = r2;
  }
  return RANK[best];
}
function evaluateProgram(ev, p, rows) {
  const outcomes = [];
  if (p.file.scope === "household") outcomes.push(OUTCOME[ev.truth(p, rows[0])]);
  else for (let i = 1; i < rows.length; i++) outcomes.push(OUTCOME[ev.truth(p, rows[i])]);
  return { program: p, outcome: bestOutcome(outcomes), outcomes, rows };
}
function firstPass(prep, ev) {
  return prep.date.programs.map((p) => evaluateProgram(ev, p, prep.rows));
}
function finish(prep, states, ev, detail) {
  const results = states.map((s) => explainState(prep, s, ev, detail === "brief" && s.outcome === "not_eligible"));
  return { asOf: prep.date.asOf, results };
}
function explainState(prep, s, ev, brief) {
  const { household, reader } = prep;
  const p = s.program.file;
  const indexes = scopeOf(s.program, s.rows);
  const treeOutcome = s.forced ? bestOutcome(s.outcomes) : s.outcome;
  const decisive = indexes.filter((_, k) => s.outcomes[k] === treeOutcome);
  const shown = brief ? decisive.slice(0, 1) : decisive;
  const subjects = shown.map((i) => {
    const member = i === 0 ? void 0 : i - 1;
    const ref = { household, statuses: prep.catalogue.statusKeys, member, row: s.rows[i] };
    const tree = ev.tree(s.program, s.rows[i]);
    const { conditions, changes, questions: questions2 } = explainTree(reader, tree, ref, brief);
    if (s.onceGranted) {
      const assumed = new Set(s.onceGranted);
      for (const c of conditions) {
        if (prep.catalogue.statusesOf(c.fact).some((k) => assumed.has(k))) c.hypothetical = true;
      }
    }
    const eligible = treeOutcome === "eligible";
    const amount2 = eligible && p.amount ? computeAmount(reader, p.amount.formula, p.amount.period, ref) : void 0;
    const amountReview = amount2 !== void 0 && amount2.value <= 0;
    const held2 = eligible && p.grantsStatus !== void 0 && answerOf(household, p.grantsStatus, member) === true;
    return {
      member,
      ref: member === void 0 ? void 0 : household.members[member].ref,
      outcome: treeOutcome,
      held: held2 || void 0,
      amountReview: amountReview || void 0,
      conditions,
      changes,
      questions: questions2,
      amount: amountReview ? void 0 : amount2
    };
  });
  const questions = dedupe([...s.extraQuestions?.() ?? [], ...subjects.flatMap((d) => d.questions)]);
  const unverified = /* @__PURE__ */ new Set();
  for (const d of subjects) {
    for (const c of d.conditions) for (const u of c.unverified) unverified.add(u);
    for (const u of d.amount?.unverified ?? []) unverified.add(u);
  }
  const amounts = subjects.map((d) => d.amount).filter((a) => a !== void 0);
  const reviews = subjects.filter((d) => d.amountReview).length;
  const amount = s.outcome === "eligible" && amounts.length > 0 && p.amount ? {
    value: amounts.reduce((sum, a) => sum + a.value, 0),
    period: p.amount.period,
    partial: amounts.length + reviews < subjects.length,
    unverified: [...new Set(amounts.flatMap((a) => a.unverified))]
  } : void 0;
  const held = p.grantsStatus !== void 0 && subjects.length > 0 && subjects.every((d) => d.held);
  return {
    id: p.id,
    outcome: s.outcome,
    onceGranted: s.onceGranted,
    held: held || void 0,
    full: !brief,
    subjects,
    questions: s.outcome === "needs_info" ? questions : [],
    amount,
    unverified: [...unverified],
    window: reviews > 0 ? [...p.verifiedAtWindow ?? [], AMOUNT_REVIEW] : p.verifiedAtWindow ?? []
  };
}
function compiledFor(prep) {
  const params = prep.date.params;
  return { truth: (p, row) => p.truth(row, params), tree: (p, row) => p.tree(row, params) };
}
function compiledStates(prep, ev) {
  const first = firstPass(prep, ev);
  const plan = planHypotheses(prep, first, ev);
  return plan ? applyHypotheses(first, plan, ev) : first;
}
function screenOutcomes(catalogue, household, asOf) {
  const prep = prepare(catalogue, household, asOf);
  return compiledStates(prep, compiledFor(prep));
}
function screen(catalogue, household, asOf, detail = "full") {
  const prep = prepare(catalogue, household, asOf);
  const ev = compiledFor(prep);
  const states = compiledStates(prep, ev);
  return withParameters(() => finish(prep, states, ev, detail));
}

// src/engine/hypotheses.ts
var better = (x, than) => RANK.indexOf(x) < RANK.indexOf(than);
function assume(household, statuses) {
  const out = { ...household, members: household.members.map((m2) => ({ ...m2 })) };
  for (const [status, who] of statuses) {
    if (who === "household") Object.assign(out, { [status]: true });
    else for (const i of who) Object.assign(out.members[i], { [status]: true });
  }
  return out;
}
var rowsOf = (prep, household) => computeRows(prep.reader, household, prep.date.rows);
function planHypotheses(prep, first, ev) {
  const { household } = prep;
  const granted = /* @__PURE__ */ new Map();
  const possible = /* @__PURE__ */ new Map();
  const states = /* @__PURE__ */ new Map();
  for (const status of prep.catalogue.statuses) {
    const state = first.find((s) => s.program.file.id === status.programId);
    if (!state) continue;
    const indexes = scopeOf(state.program, state.rows);
    const who = state.program.file.scope === "household" ? answerOf(household, status.key) === true ? [] : "household" : indexes.filter((_, k) => state.outcomes[k] === state.outcome).map((i) => i - 1).filter((m2) => answerOf(household, status.key, m2) !== true);
    if (who.length === 0) continue;
    states.set(status.key, state);
    if (state.outcome === "eligible") granted.set(status.key, who);
    else if (state.outcome === "needs_info") possible.set(status.key, who);
  }
  if (granted.size + possible.size === 0) return void 0;
  const questions = /* @__PURE__ */ new Map();
  const withGranted = granted.size > 0 ? rowsOf(prep, assume(household, granted)) : void 0;
  return {
    granted: new Set(granted.keys()),
    possible: new Set(possible.keys()),
    withGranted,
    withPossible: possible.size === 0 && withGranted ? withGranted : rowsOf(prep, assume(household, new Map([...granted, ...possible]))),
    statusQuestions(key) {
      let q = questions.get(key);
      if (!q) {
        const state = states.get(key);
        q = state ? explainState(prep, state, ev, false).questions : [];
        questions.set(key, q);
      }
      return q;
    }
  };
}
function applyHypotheses(first, h3, ev) {
  return first.map((a) => {
    const p = a.program;
    if (a.outcome === "eligible" || p.readsStatuses.length === 0) return a;
    const onceGranted = p.readsStatuses.filter((k) => h3.granted.has(k));
    if (h3.withGranted && onceGranted.length > 0) {
      const withGranted = evaluateProgram(ev, p, h3.withGranted);
      if (better(withGranted.outcome, a.outcome)) return { ...withGranted, onceGranted };
    }
    const open = p.readsStatuses.filter((k) => h3.possible.has(k));
    if (h3.withPossible && open.length > 0 && better("needs_info", a.outcome)) {
      const withPossible = evaluateProgram(ev, p, h3.withPossible);
      if (better(withPossible.outcome, a.outcome)) {
        return {
          ...a,
          outcome: "needs_info",
          forced: true,
          extraQuestions: () => open.flatMap((k) => h3.statusQuestions(k))
        };
      }
    }
    return a;
  });
}

// src/engine/reference.ts
var EnginePool = class {
  constructor(catalogue) {
    this.catalogue = catalogue;
  }
  catalogue;
  idle = /* @__PURE__ */ new Map();
  build(scope, rules) {
    const engine = new Engine([], { allowUndefinedFacts: true });
    for (const p of this.catalogue.compiled.values()) {
      if (p.file.scope !== scope || rules === "statusDependent" && p.readsStatuses.length === 0) continue;
      engine.addRule(new Rule({ name: p.file.id, conditions: p.file.conditions, event: { type: p.file.id } }));
    }
    return engine;
  }
  async run(scope, facts, rules) {
    const key = `${scope}:${rules}`;
    let idle = this.idle.get(key);
    if (!idle) {
      idle = [];
      this.idle.set(key, idle);
    }
    const engine = idle.pop() ?? this.build(scope, rules);
    try {
      const { results, failureResults } = await engine.run(facts);
      return new Map([...results, ...failureResults].map((r2) => [r2.name, r2]));
    } finally {
      idle.push(engine);
    }
  }
};
var pools = /* @__PURE__ */ new WeakMap();
function leafTruth(leaf, got, row) {
  const value = row[FACT_SLOT.get(leaf.fact)];
  const ref = typeof leaf.value === "object" && !Array.isArray(leaf.value) ? leaf.value.fact : void 0;
  const other = ref && !ref.startsWith(PARAM_PREFIX) ? row[FACT_SLOT.get(ref)] : null;
  if (value === WINDOW || other === WINDOW) return "W";
  if (value === void 0 || other === void 0) return "U";
  return got.result ? "T" : "F";
}
function buildTree(def, got, row) {
  if (isLeaf(def)) return { op: "leaf", children: [], leaf: def, truth: leafTruth(def, got, row) };
  if ("not" in def) {
    const child = buildTree(def.not, got.not, row);
    return { op: "not", children: [child], truth: foldNot(child.truth) };
  }
  const op = "all" in def ? "all" : "any";
  const defs = "all" in def ? def.all : def.any;
  const gots = op === "all" ? got.all : got.any;
  const children = defs.map((d, i) => buildTree(d, gots[i], row));
  const truths = children.map((c) => c.truth);
  return { op, children, truth: op === "all" ? foldAll(truths) : foldAny(truths) };
}
var ReferenceEvaluator = class {
  constructor(prep, pool) {
    this.prep = prep;
    this.pool = pool;
  }
  prep;
  pool;
  results = /* @__PURE__ */ new Map();
  /** The engine's facts for a row: every computed fact (window as undefined) and the parameters. */
  engineFacts(row) {
    const { catalogue, date: date2 } = this.prep;
    const out = {};
    for (const { file } of date2.programs) {
      for (const id of paramsOf(file)) out[PARAM_PREFIX + id] = catalogue.params.at(id, date2.asOf).value;
    }
    for (const def of date2.facts) {
      const v = row[FACT_SLOT.get(def.id)];
      out[def.id] = v === WINDOW ? void 0 : v;
    }
    return out;
  }
  async run(rows, rules) {
    for (const [i, row] of rows.entries()) {
      if (this.results.has(row)) continue;
      this.results.set(row, await this.pool.run(i === 0 ? "household" : "member", this.engineFacts(row), rules));
    }
  }
  tree(p, row) {
    const rr = this.results.get(row)?.get(p.file.id);
    if (!rr) throw new Error(`no engine result for ${p.file.id}`);
    return buildTree(p.file.conditions, rr.conditions, row);
  }
  truth(p, row) {
    return this.tree(p, row).truth;
  }
};
async function evaluate(catalogue, household, asOf) {
  let pool = pools.get(catalogue);
  if (!pool) {
    pool = new EnginePool(catalogue);
    pools.set(catalogue, pool);
  }
  const prep = prepare(catalogue, household, asOf);
  const ev = new ReferenceEvaluator(prep, pool);
  await ev.run(prep.rows, "all");
  const first = firstPass(prep, ev);
  const plan = planHypotheses(prep, first, ev);
  if (plan?.withGranted) await ev.run(plan.withGranted, "statusDependent");
  if (plan?.withPossible) await ev.run(plan.withPossible, "statusDependent");
  return { prep, ev, states: plan ? applyHypotheses(first, plan, ev) : first };
}
async function screenReference(catalogue, household, asOf, detail = "full") {
  const { prep, ev, states } = await evaluate(catalogue, household, asOf);
  return finish(prep, states, ev, detail);
}

// src/i18n/index.ts
import i18next from "i18next";

// src/model/household.ts
import * as z4 from "zod";

// src/model/fields.ts
import * as z3 from "zod";
var issue = (key, values) => ({ params: { key, values } });
var BOUNDS_MARKER = "x-bounds";
function date(min, bounds, description) {
  return z3.string().superRefine((v, ctx) => {
    if (!isCalendarDate(v)) ctx.addIssue({ code: "custom", ...issue("date") });
    else if (min !== void 0 && v < min) ctx.addIssue({ code: "custom", ...issue("tooEarly", { min }) });
    else if (bounds === "asOf") {
      const max = latestAsOf(todayInChina());
      if (v > max) ctx.addIssue({ code: "custom", ...issue("asOfTooLate", { max }) });
    }
  }).meta({ format: "date", [BOUNDS_MARKER]: bounds, description });
}
var BirthDate = date(
  EARLIEST_BIRTH_DATE,
  "birthDate",
  `Date of birth (YYYY-MM-DD), from ${EARLIEST_BIRTH_DATE}; not after the screening date or today`
);
var DischargeDate = date(
  EARLIEST_DISCHARGE_DATE,
  "dischargeDate",
  `Date of discharge from the armed forces (YYYY-MM-DD), from ${EARLIEST_DISCHARGE_DATE}; after the date of birth; not after the screening date or today`
);
var AsOfDate = date(
  void 0,
  "asOf",
  "Date the screening applies to (YYYY-MM-DD): from the first date screened (the earliest effective date of a program) to 31 December of the year after today; today in Asia/Shanghai by default"
);
var ResidentIdNumber = z3.string().max(18).meta({
  pattern: "^[0-9]{17}[0-9X]$",
  [BOUNDS_MARKER]: "idNumber",
  description: `18-character resident ID number (GB 11643): 6-digit address code, birth date YYYYMMDD from ${EARLIEST_BIRTH_DATE}, 3-digit sequence, check character (digit or X). Birth date and sex are derived from it; the check character is verified (ISO 7064 MOD 11-2), which no pattern can express`
});

// src/model/household.ts
var MAX_MEMBERS = 20;
var MAX_MONEY = 1e7;
var countyCodes = regions_default.counties.map((c) => c.code);
var money = z4.number().min(0).max(MAX_MONEY);
var Relation = z4.enum(["self", "spouse", "child", "parent", "grandparent", "grandchild", "sibling", "other"]);
var DisabilityCategory = z4.enum([
  "visual",
  "hearing",
  "speech",
  "physical",
  "intellectual",
  "mental",
  "multiple"
]);
var SelfCare = z4.enum(["independent", "partial", "dependent"]);
var SchoolStage = z4.enum(["none", "kindergarten", "primary", "junior", "senior", "vocational", "college"]);
var Employment = z4.enum(["employed", "self_employed", "unemployed", "retired", "student", "unable", "other"]);
var HukouType = z4.enum(["urban", "rural"]);
var HouseSafety = z4.enum(["A", "B", "C", "D", "no_house", "unassessed"]);
var ServiceDisabilityCause = z4.enum(["war", "duty", "illness"]);
var SurvivorOf = z4.enum(["none", "martyr", "duty_death", "illness_death"]);
var SurvivorRelation = z4.enum(["parent", "spouse", "child", "sibling"]);
var PensionScheme = z4.enum(["employee", "resident", "none"]);
var FamilyPlanningStatus = z4.enum(["one_child", "two_daughters", "none"]);
var OnlyChildLoss = z4.enum(["died", "disabled", "none"]);
var LegalIssue = z4.enum(["wages", "work_injury", "family_support", "other", "none"]);
var MedicalInsurance = z4.enum(["employee", "resident", "none"]);
var Member = z4.strictObject({
  ref: z4.string().max(40).optional().describe("Client-side reference for this member; echoed in results"),
  relation: Relation.optional(),
  idNumber: ResidentIdNumber.optional(),
  birthDate: BirthDate.optional(),
  sex: z4.enum(["male", "female"]).optional(),
  hasDisabilityCertificate: z4.boolean().optional(),
  disabilityCategory: DisabilityCategory.optional(),
  disabilityGrade: z4.number().int().min(1).max(4).optional(),
  selfCare: SelfCare.optional(),
  schoolStage: SchoolStage.optional(),
  schoolYear: z4.number().int().min(1).max(6).optional().describe("Year within the current school stage (\u9AD8\u4E00 = 1; \u4E2D\u804C\u4E00\u5E74\u7EA7 = 1)"),
  agricultureMajor: z4.boolean().optional().describe("Studies a \u6D89\u519C major (secondary vocational school)"),
  kindergartenPuhui: z4.boolean().optional().describe("Kindergarten is \u666E\u60E0 (public or affordable private)"),
  boarding: z4.boolean().optional(),
  employment: Employment.optional(),
  monthsRegisteredUnemployed: z4.number().int().min(0).max(600).optional(),
  seekingWork: z4.boolean().optional(),
  startingBusiness: z4.boolean().optional(),
  wantsSkillsTraining: z4.boolean().optional(),
  isVeteran: z4.boolean().optional(),
  dischargeDate: DischargeDate.optional(),
  hukouAtEnlistment: HukouType.optional(),
  isDisabledServiceman: z4.boolean().optional(),
  serviceDisabilityGrade: z4.number().int().min(1).max(10).optional(),
  serviceDisabilityCause: ServiceDisabilityCause.optional(),
  serviceDisabilityMental: z4.boolean().optional().describe("The service disability is a mental disorder (\u56E0\u6218\u3001\u56E0\u516C\u81F4\u6B8B\u7684\u7CBE\u795E\u75C5)"),
  receivesPeriodicBenefit: z4.boolean().optional().describe("Already receives a periodic \u629A\u6064\u91D1 / \u5B9A\u671F\u629A\u6064\u8865\u52A9 / \u4F24\u6B8B\u629A\u6064\u91D1 from veterans\u2019 affairs"),
  survivorOf: SurvivorOf.optional().describe(
    "Survivor (\u9057\u5C5E) of a martyr, a service death or a death from illness in service"
  ),
  survivorRelation: SurvivorRelation.optional().describe(
    "For a survivor (survivorOf set): relation to the deceased serviceman"
  ),
  isServicemanFamily: z4.boolean().optional(),
  isCombatVeteran: z4.boolean().optional(),
  pregnant: z4.boolean().optional(),
  postpartum: z4.boolean().optional().describe("Gave birth in the last 42 days (\u4EA7\u8925\u671F)"),
  planningPregnancy: z4.boolean().optional().describe("The person (and spouse) plan a pregnancy (\u8BA1\u5212\u6000\u5B55)"),
  orphan: z4.boolean().optional(),
  factuallyUnsupported: z4.boolean().optional().describe("\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5"),
  hasCapableSupporter: z4.boolean().optional().describe("Has a legal supporter (\u6CD5\u5B9A\u8D61\u517B\u3001\u629A\u517B\u3001\u6276\u517B\u4E49\u52A1\u4EBA) able to support them"),
  hasLivingIncome: z4.boolean().optional().describe("Has a source of living income of their own (for \u65E0\u751F\u6D3B\u8D39\u6765\u6E90)"),
  holdsTekun: z4.boolean().optional().describe("This person is a \u7279\u56F0\u4F9B\u517B\u4EBA\u5458 (\u7279\u56F0 is a person\u2019s status, \u793E\u4F1A\u6551\u52A9\u6682\u884C\u529E\u6CD5 \u7B2C\u5341\u56DB\u6761)"),
  pensionScheme: PensionScheme.optional().describe(
    "Enrolled in the employee basic pension (\u804C\u5DE5\u517B\u8001), the urban-rural resident basic pension (\u57CE\u4E61\u5C45\u6C11\u517B\u8001), or none"
  ),
  yearsContributedPension: z4.number().int().min(0).max(80).optional().describe("Years of pension contributions"),
  jobLossInvoluntary: z4.boolean().optional().describe("The last job ended not by the person\u2019s own choice (\u975E\u672C\u4EBA\u610F\u613F\u4E2D\u65AD\u5C31\u4E1A)"),
  monthsInsured: z4.number().int().min(0).max(600).optional().describe("Months of unemployment-insurance contributions (employer and worker)"),
  ownHukouInJiaozuo: z4.boolean().optional().describe("This person\u2019s own hukou is in Jiaozuo (for children of migrants; hukouInJiaozuo is the applicant\u2019s)"),
  hasJiaozuoResidencePermit: z4.boolean().optional().describe("Holds a Jiaozuo \u5C45\u4F4F\u8BC1"),
  worksInJiaozuo: z4.boolean().optional().describe("Works (employed or self-employed) in Jiaozuo"),
  legalIssue: LegalIssue.optional().describe(
    "A legal matter the person needs help with: unpaid wages or labour remuneration (\u8FFD\u7D22\u52B3\u52A8\u62A5\u916C), a work injury (\u5DE5\u4F24), a claim for support/maintenance (\u8D61\u517B\u8D39\u3001\u629A\u517B\u8D39\u3001\u6276\u517B\u8D39), another matter, or none"
  ),
  seriousIllness: z4.boolean().optional().describe("Has a serious or catastrophic illness (\u91CD\u7279\u5927\u75BE\u75C5)"),
  highMedicalCosts: z4.boolean().optional().describe("Has large medical costs not covered by insurance this year"),
  medicalInsurance: MedicalInsurance.optional().describe(
    "Enrolled in employee basic medical insurance (\u804C\u5DE5\u533B\u4FDD), resident medical insurance (\u57CE\u4E61\u5C45\u6C11\u533B\u4FDD), or none"
  ),
  recentGraduate: z4.boolean().optional().describe("Graduated from college or university within the last 2 years"),
  returningMigrantWorker: z4.boolean().optional().describe("A migrant worker who has returned home (\u8FD4\u4E61\u519C\u6C11\u5DE5)")
}).superRefine((m2, ctx) => {
  const id = m2.idNumber === void 0 ? void 0 : parseResidentId(m2.idNumber);
  const birth = m2.birthDate ?? (id?.ok ? id.info.birthDate : void 0);
  if (m2.dischargeDate !== void 0 && birth !== void 0 && m2.dischargeDate <= birth) {
    ctx.addIssue({ code: "custom", path: ["dischargeDate"], ...issue("dischargeBeforeBirth") });
  }
  if (id !== void 0) {
    const parsed = id;
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", path: ["idNumber"], ...issue(`idNumber.${parsed.problem}`) });
    } else {
      if (m2.birthDate !== void 0 && m2.birthDate !== parsed.info.birthDate) {
        ctx.addIssue({ code: "custom", path: ["birthDate"], ...issue("idNumber.birthDateMismatch") });
      }
      if (m2.sex !== void 0 && m2.sex !== parsed.info.sex) {
        ctx.addIssue({ code: "custom", path: ["sex"], ...issue("idNumber.sexMismatch") });
      }
    }
  }
  if (m2.hasDisabilityCertificate === false && (m2.disabilityGrade !== void 0 || m2.disabilityCategory !== void 0)) {
    ctx.addIssue({ code: "custom", path: ["disabilityGrade"], ...issue("disability.withoutCertificate") });
  }
}).meta({
  description: "A member. Checked beyond this schema: a valid ID number (check character) and that birthDate and sex agree with it",
  // A disability category or grade only when a certificate is not denied.
  if: { properties: { hasDisabilityCertificate: { const: false } }, required: ["hasDisabilityCertificate"] },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a thenable
  then: { properties: { disabilityCategory: false, disabilityGrade: false } }
});
var Household = z4.strictObject({
  hukouType: HukouType.optional(),
  hukouInJiaozuo: z4.boolean().optional(),
  county: z4.enum(countyCodes).optional().describe("GB/T 2260 code of the county (\u5E02\u8F96\u533A/\u53BF/\u53BF\u7EA7\u5E02) of residence"),
  yearsInJiaozuo: z4.number().min(0).max(120).optional().describe("Years lived in Jiaozuo, for a household whose hukou is elsewhere"),
  residesInJiaozuo: z4.boolean().optional().describe("The household lives (\u5E38\u4F4F) in Jiaozuo, whatever its hukou"),
  monthlyIncomeTotal: money.optional().describe("Household income per month, \u5143"),
  monthlyIncomePerCapita: money.optional().describe("Per-member income per month, \u5143 (alternative to the total)"),
  holdsDibao: z4.boolean().optional(),
  holdsLowIncome: z4.boolean().optional().describe("\u4F4E\u4FDD\u8FB9\u7F18/\u4F4E\u6536\u5165\u5BB6\u5EAD"),
  holdsPovertyAlleviation: z4.boolean().optional().describe("\u8131\u8D2B\u6237 or \u9632\u8FD4\u8D2B\u76D1\u6D4B\u6237"),
  ownsHomeInJiaozuo: z4.boolean().optional(),
  floorAreaPerCapita: z4.number().min(0).max(1e4).optional().describe("Per-capita floor area of the home, \u33A1"),
  houseSafety: HouseSafety.optional().describe(
    "Rural house safety grade (A\u2013D) from an appraisal; unassessed if never appraised"
  ),
  hardshipEvent: z4.boolean().optional().describe("Fell into hardship recently through illness, disaster or an accident (\u56E0\u75C5\u3001\u56E0\u707E\u3001\u56E0\u610F\u5916)"),
  familyPlanningStatus: FamilyPlanningStatus.optional().describe(
    "A one-child family (\u72EC\u751F\u5B50\u5973\u5BB6\u5EAD, holds the \u72EC\u751F\u5B50\u5973\u7236\u6BCD\u5149\u8363\u8BC1) or a rural two-daughter family (\u519C\u6751\u4E8C\u5973\u6237), or neither"
  ),
  onlyChildLoss: OnlyChildLoss.optional().describe(
    "For a one-child family: the only child has died (\u5931\u72EC) or is disabled (\u4F24\u6B8B, grade 1\u20133 disability certificate), or neither"
  ),
  members: z4.array(Member).min(1).max(MAX_MEMBERS)
}).superRefine((h3, ctx) => {
  if (h3.monthlyIncomeTotal !== void 0 && h3.monthlyIncomePerCapita !== void 0) {
    ctx.addIssue({ code: "custom", path: ["monthlyIncomePerCapita"], ...issue("income.both") });
  }
}).meta({ not: { required: ["monthlyIncomeTotal", "monthlyIncomePerCapita"] } });
var Locale = z4.enum(["zh-CN", "en"]);
var ScreeningRequest = z4.strictObject({
  household: Household,
  asOf: AsOfDate.optional(),
  locale: Locale.optional()
}).superRefine((req, ctx) => {
  const today = todayInChina();
  const limit = req.asOf !== void 0 && req.asOf < today ? req.asOf : today;
  req.household.members.forEach((m2, i) => {
    const id = m2.idNumber === void 0 ? void 0 : parseResidentId(m2.idNumber);
    const birth = m2.birthDate ?? (id?.ok ? id.info.birthDate : void 0);
    const path = ["household", "members", i];
    if (birth !== void 0 && birth > limit) {
      ctx.addIssue({
        code: "custom",
        path: [...path, m2.birthDate ? "birthDate" : "idNumber"],
        ...issue("futureDate")
      });
    }
    if (m2.dischargeDate !== void 0 && m2.dischargeDate > limit) {
      ctx.addIssue({ code: "custom", path: [...path, "dischargeDate"], ...issue("futureDate") });
    }
  });
});

// src/i18n/locales/en.json
var en_default = {
  app: {
    name: "Jiaozuo Entitlement Assistant"
  },
  outcome: {
    eligible: "Eligible",
    not_eligible: "Not eligible",
    needs_info: "More information needed",
    refer: "Check at the service window"
  },
  status: {
    passed: "met",
    failed: "not met",
    unknown: "unknown",
    window: "checked at the window"
  },
  statuses: {
    holdsDibao: "dibao",
    holdsLowIncome: "low-income household status",
    holdsTekun: "extreme-poverty (\u7279\u56F0) support"
  },
  period: {
    month: "a month",
    year: "a year",
    once: "once"
  },
  sentence: {
    passedCompare: "{{clause}}: met ({{fact}} {{value}}; {{thresholdLabel}} {{threshold}})",
    passed: "{{clause}}: met ({{fact}}: {{value}})",
    failedAbove: "{{clause}}: not met \u2014 {{fact}} {{value}} is {{gap}} above the {{thresholdLabel}} of {{threshold}}",
    failedBelow: "{{clause}}: not met \u2014 {{fact}} {{value}} is {{gap}} below the {{thresholdLabel}} of {{threshold}}",
    failedEqual: "{{clause}}: not met \u2014 {{fact}} {{value}} equals the {{thresholdLabel}} of {{threshold}}",
    failed: "{{clause}}: not met ({{fact}}: {{value}})",
    unknown: "{{clause}}: not known yet \u2014 please answer: {{questions}}",
    window: "{{clause}}: to be checked at the service window",
    unverified: " ({{threshold}} is a placeholder, to be confirmed at the window)",
    member: "{{member}}: {{text}}",
    memberLabel: "household member {{n}}",
    listSeparator: ", ",
    onceGranted: "eligible once {{statuses}} is granted",
    amount: "about {{value}} yuan {{period}}",
    amountUnverified: "about {{value}} yuan {{period}}, rate to be confirmed at the window",
    citation: "Jiaozuo 14th Five-Year Plan for Public Services and Social Security, {{chapter}} {{section}} \u201C{{lead}}\u201D",
    headline: {
      eligible: "Your household qualifies for {{name}}",
      eligibleOnce: "Your household qualifies for {{name}} once {{statuses}} is granted",
      not_eligible: "Your household does not qualify for {{name}} at present",
      needs_info: "A few more answers are needed to decide on {{name}}",
      refer: "{{name}} needs a check at the service window",
      onceGranted: "Once {{statuses}} is granted: {{headline}}",
      held: "Your household already receives {{name}}"
    },
    passedPlain: "{{clause}}: met",
    amountPartial: " (some members could not be estimated yet: the total may be higher)",
    gradeWithin: "{{clause}}: met ({{fact}} {{value}}, within {{range}})",
    gradeOutside: "{{clause}}: not met ({{fact}} {{value}}, not within {{range}})",
    gradeUpTo: "grades 1 to {{max}}",
    gradeFrom: "grades {{min}} and above",
    passedIfGranted: "{{clause}}: met once the status is granted",
    gradeOnly: "grade {{grade}}"
  },
  unit: {
    yuan: "{{value}} yuan",
    years: "{{value}} years",
    age: "{{value}} years",
    months: "{{value}} months",
    sqm: "{{value}} m\xB2",
    grade: "{{value}}",
    people: "{{value}} people",
    ratio: "{{value}} times",
    date: "{{value}}"
  },
  bool: {
    true: "yes",
    false: "no"
  },
  fields: {
    hukouType: "hukou type",
    hukouInJiaozuo: "hukou registered in Jiaozuo",
    county: "county or district",
    yearsInJiaozuo: "years lived in Jiaozuo",
    monthlyIncomeTotal: "household income per month",
    monthlyIncomePerCapita: "income per member per month",
    holdsDibao: "already receives dibao",
    holdsTekun: "already receives extreme-poverty (\u7279\u56F0) support",
    holdsLowIncome: "already recognised as a low-income household",
    holdsPovertyAlleviation: "registered as lifted out of poverty or under poverty monitoring",
    ownsHomeInJiaozuo: "owns a home in Jiaozuo",
    floorAreaPerCapita: "floor area per person",
    houseSafety: "rural house safety grade",
    members: "household members",
    ref: "member reference",
    relation: "relation to the applicant",
    idNumber: "resident ID number",
    birthDate: "date of birth",
    sex: "sex",
    hasDisabilityCertificate: "holds a disability certificate",
    disabilityCategory: "disability category",
    disabilityGrade: "disability grade",
    selfCare: "ability to look after oneself",
    schoolStage: "school stage",
    kindergartenPuhui: "attends an affordable (\u666E\u60E0) kindergarten",
    boarding: "boards at school",
    employment: "employment",
    monthsRegisteredUnemployed: "months registered as unemployed",
    seekingWork: "looking for work",
    startingBusiness: "starting a business",
    wantsSkillsTraining: "wants vocational-skills training",
    isVeteran: "is a veteran",
    dischargeDate: "date of discharge",
    hukouAtEnlistment: "hukou type at enlistment",
    isDisabledServiceman: "is a disabled serviceman",
    serviceDisabilityGrade: "service disability grade",
    serviceDisabilityCause: "cause of the service disability",
    survivorOf: "survivor of a martyr or of a serviceman who died in service",
    isServicemanFamily: "family member of a serving soldier",
    isCombatVeteran: "combat veteran",
    pregnant: "pregnant",
    orphan: "orphan",
    factuallyUnsupported: "de-facto unsupported child",
    hasCapableSupporter: "has a relative able to fulfil the duty of support (\u8D61\u517B\u3001\u629A\u517B\u3001\u6276\u517B)",
    hasLivingIncome: "has a source of living income of their own",
    householdSize: "household size",
    incomePerCapitaMonthly: "per-capita monthly income",
    dibaoStandardMonthly: "local dibao standard (monthly)",
    lowIncomeLineMonthly: "low-income line (monthly)",
    tekunStandardMonthly: "extreme-poverty living standard (monthly)",
    zeroEmployment: "no working-age member has a job",
    age: "age",
    monthsSinceDischarge: "months since discharge",
    asOf: "screening date",
    household: "household",
    locale: "language",
    residesInJiaozuo: "lives in Jiaozuo",
    hardshipEvent: "fell into hardship recently through illness, disaster or an accident",
    schoolYear: "year within the current school stage",
    agricultureMajor: "studies an agriculture-related (\u6D89\u519C) major",
    receivesPeriodicBenefit: "already receives a periodic pension or allowance from veterans\u2019 affairs",
    survivorRelation: "relation to the martyr or deceased serviceman",
    serviceDisabilityMental: "service disability assessed for a mental disorder",
    householdHoldsTekun: "someone in the household receives extreme-poverty (\u7279\u56F0) support",
    membersWithoutTekun: "household members not supported as \u7279\u56F0",
    severeDisabledAdultWithFamily: "an adult with a severe disability supported by parents or siblings",
    singlePersonDibao: "a severely disabled member who may apply for dibao alone",
    separateDibaoMembers: "severely disabled adults counted as a household of their own",
    honorHomeSupport: "has no supporter able to support them",
    checkedAtWindow: "checked at the window",
    incomeTotalMonthly: "household income per month",
    pensionScheme: "basic pension scheme enrolled in",
    yearsContributedPension: "years of pension contributions",
    jobLossInvoluntary: "last job ended not by their own choice",
    monthsInsured: "months of unemployment-insurance contributions",
    ownHukouInJiaozuo: "own hukou registered in Jiaozuo",
    hasJiaozuoResidencePermit: "holds a Jiaozuo residence permit",
    worksInJiaozuo: "works (employed or self-employed) in Jiaozuo",
    familyPlanningStatus: "family-planning family type",
    onlyChildLoss: "only child has died or is disabled",
    familyHasJiaozuoResidencePermit: "a family member holds a Jiaozuo residence permit",
    familyWorksInJiaozuo: "a family member works in Jiaozuo",
    unemploymentBenefitMaxMonths: "longest benefit period for the contributions",
    postpartum: "gave birth in the last 42 days",
    planningPregnancy: "plans a pregnancy",
    coupleHukouInJiaozuo: "this person or their spouse (for a newborn, either parent) holds a Jiaozuo hukou",
    legalIssue: "legal matter needing help",
    seriousIllness: "has a serious or catastrophic illness",
    highMedicalCosts: "large medical costs this year not covered by insurance",
    medicalInsurance: "basic medical insurance scheme",
    recentGraduate: "graduated from college or university in the last two years",
    returningMigrantWorker: "migrant worker who has returned home",
    legalAidIncomeLineMonthly: "legal-aid economic-difficulty line (monthly)",
    householdHighMedicalCosts: "a member has medical costs the household cannot bear",
    householdSeekingWork: "a working-age member wants a job"
  },
  values: {
    hukouType: {
      urban: "urban hukou",
      rural: "rural hukou"
    },
    hukouAtEnlistment: {
      urban: "urban hukou",
      rural: "rural hukou"
    },
    sex: {
      male: "male",
      female: "female"
    },
    relation: {
      self: "applicant",
      spouse: "spouse",
      child: "child",
      parent: "parent",
      grandparent: "grandparent",
      grandchild: "grandchild",
      sibling: "brother or sister",
      other: "other"
    },
    disabilityCategory: {
      visual: "visual",
      hearing: "hearing",
      speech: "speech",
      physical: "physical",
      intellectual: "intellectual",
      mental: "mental",
      multiple: "multiple"
    },
    selfCare: {
      independent: "fully independent",
      partial: "partly dependent",
      dependent: "fully dependent"
    },
    schoolStage: {
      none: "not in school",
      kindergarten: "kindergarten",
      primary: "primary school",
      junior: "junior middle school",
      senior: "senior high school",
      vocational: "secondary vocational school",
      college: "college or university"
    },
    employment: {
      employed: "employed",
      self_employed: "self-employed or in flexible work",
      unemployed: "unemployed",
      retired: "retired",
      student: "student",
      unable: "unable to work",
      other: "other"
    },
    houseSafety: {
      A: "grade A (safe)",
      B: "grade B",
      C: "grade C (partly dangerous)",
      D: "grade D (whole house dangerous)",
      no_house: "no house",
      unassessed: "never appraised"
    },
    serviceDisabilityCause: {
      war: "in combat",
      duty: "on duty",
      illness: "illness"
    },
    survivorOf: {
      none: "no",
      martyr: "survivor of a martyr",
      duty_death: "survivor of a serviceman who died on duty",
      illness_death: "survivor of a serviceman who died of illness in service"
    },
    county: {
      "410802": "Jiefang District",
      "410803": "Zhongzhan District",
      "410804": "Macun District",
      "410811": "Shanyang District",
      "410821": "Xiuwu County",
      "410822": "Bo'ai County",
      "410823": "Wuzhi County",
      "410825": "Wen County",
      "410882": "Qinyang City",
      "410883": "Mengzhou City"
    },
    survivorRelation: {
      parent: "parent (or the person who raised them)",
      spouse: "spouse",
      child: "child",
      sibling: "brother or sister"
    },
    pensionScheme: {
      employee: "employee basic pension",
      resident: "urban-rural resident basic pension",
      none: "none"
    },
    familyPlanningStatus: {
      one_child: "one-child family (holds the one-child parents\u2019 certificate)",
      two_daughters: "rural family with two daughters",
      none: "neither"
    },
    onlyChildLoss: {
      died: "the only child has died",
      disabled: "the only child is disabled (grade 1\u20133)",
      none: "neither"
    },
    legalIssue: {
      wages: "unpaid wages or labour pay",
      work_injury: "work-injury compensation",
      family_support: "support or maintenance payments",
      other: "another legal matter",
      none: "none"
    },
    medicalInsurance: {
      employee: "employee medical insurance",
      resident: "resident medical insurance",
      none: "not insured"
    }
  },
  departments: {
    civil_affairs: {
      name: "Civil affairs",
      where: "The social-assistance window of the township government or sub-district office where your hukou is (or where you live); the county civil affairs bureau decides"
    },
    housing: {
      name: "Housing security",
      where: "Your sub-district office or the county housing security centre (housing and construction bureau)"
    },
    rural_housing: {
      name: "Housing and rural-urban development",
      where: "Apply through the village committee; the township reviews and the county housing bureau approves"
    },
    education: {
      name: "Education (student financial aid centre)",
      where: "Apply through the school or kindergarten; the county student aid centre reviews"
    },
    primary_health: {
      name: "Health",
      where: "The township health centre or community health service centre where you are registered or live"
    },
    disabled_federation: {
      name: "Disabled Persons' Federation",
      where: "The township (sub-district) disability officer or the county Disabled Persons' Federation"
    },
    veterans: {
      name: "Veterans affairs",
      where: "The veterans' service station of your village, community, township or sub-district, or the county veterans affairs bureau"
    },
    human_resources: {
      name: "Human resources and social security",
      where: "The public employment service window of your township, sub-district or community, or the county HR and social security bureau"
    },
    school: {
      name: "The school",
      where: "No separate application: the school applies it on enrolment; ask the school or the county education bureau if in doubt"
    },
    education_enrolment: {
      name: "Education bureau (compulsory-school enrolment)",
      where: "the county (city, district) education bureau where you live, or the catchment school named in the year\u2019s enrolment notice"
    },
    vaccination_clinic: {
      name: "Vaccination clinic",
      where: "The vaccination clinic serving where the child lives (township health centre or community health service centre); within a month of birth the birth hospital can also issue the vaccination certificate"
    },
    maternal_child_health: {
      name: "Maternal and child health services",
      where: "The county maternal and child health hospital, or the hospital where you have prenatal check-ups or give birth"
    },
    childcare: {
      name: "Affordable childcare providers",
      where: "A community childcare facility, affordable nursery or kindergarten nursery class near you; nurseries are registered with the county health authority"
    },
    family_planning: {
      name: "Township government or sub-district office",
      where: "Apply through your village or residents\u2019 committee or the service centre of the township government or sub-district office where your hukou is; the county health authority reviews"
    },
    legal_aid: {
      name: "Legal-aid centre",
      where: "the legal-aid centre set up by the county (city, district) justice bureau; for matters outside court apply where the dispute is handled or arose, for court cases where the case is heard; or call 12345"
    },
    medical_security: {
      name: "Medical-security bureau",
      where: "apply at the township or sub-district office where you are registered or live; the county medical-security bureau decides; dibao and \u7279\u56F0 recipients are handled directly by the county bureau"
    }
  },
  documents: {
    application_form: "a written application (the window can fill it in for you)",
    resident_id_card: "resident ID card",
    hukou_booklet: "hukou booklet",
    income_proof: "a statement or proof of household income",
    bank_account: "your social security card or bank account",
    dibao_certificate: "proof of dibao, \u7279\u56F0 or low-income household status",
    disability_certificate: "disability certificate",
    supporter_situation_proof: "a statement on your legal supporters' situation",
    housing_proof: "proof of your housing situation (property register search)",
    residence_permit: "residence permit",
    employment_proof: "employment contract or social insurance payment record",
    house_safety_appraisal: "the house safety appraisal (the housing bureau can arrange one)",
    student_status_proof: "proof of enrolment",
    orphan_proof: "the orphan or de-facto unsupported child determination",
    discharge_certificate: "discharge certificate",
    veteran_preferential_card: "preferential treatment card (\u4F18\u5F85\u8BC1)",
    disabled_serviceman_certificate: "disabled serviceman certificate",
    survivor_certificate: "martyr's certificate, or certificate of death on duty or from illness in service",
    unemployment_registration: "employment and entrepreneurship card (unemployment registration)",
    business_plan: "business plan or business licence",
    poverty_alleviation_proof: "proof of registration as lifted out of poverty or under poverty monitoring",
    separation_certificate: "the employer\u2019s certificate ending or terminating the labour relation",
    vaccination_certificate: "vaccination certificate (issued within a month of birth)",
    maternal_child_handbook: "maternal and child health handbook (\u6BCD\u5B50\u5065\u5EB7\u624B\u518C)",
    marriage_certificate: "marriage certificate",
    one_child_certificate: "one-child parents\u2019 certificate (\u72EC\u751F\u5B50\u5973\u7236\u6BCD\u5149\u8363\u8BC1) or proof of a rural two-daughter family",
    only_child_loss_proof: "death certificate or disability certificate of the only child (for special support)",
    hardship_proof: "proof of the hardship (fire or accident report, diagnosis, bills)",
    medical_bills: "medical bills and insurance settlement statements",
    legal_matter_proof: "papers about the legal matter",
    economic_difficulty_statement: "statement of financial situation (or signed pledge)",
    business_license: "business licence (if already registered)",
    training_certificate: "training or skills certificate"
  },
  errors: {
    title: "Please check your input",
    malformedJson: "The request body is not valid JSON",
    tooLarge: "The request body is too large (limit {{max}})",
    notFound: "Not found: {{what}}",
    methodNotAllowed: "{{method}} is not allowed here; use {{allow}}",
    unsupportedMediaType: "Please send application/json",
    internal: "Something went wrong; please try again later",
    asOfBeforeParameters: "The screening date {{asOf}} is before the first value of the parameter \u201C{{parameter}}\u201D ({{first}}); it cannot be screened",
    asOfBeforePrograms: "The screening date {{asOf}} is before {{first}}, the first date screened",
    invalid_type: "Wrong type: expected {{expected}}",
    required: "Required",
    too_small_number: "Must be at least {{minimum}}",
    too_big_number: "Must be at most {{maximum}}",
    too_small_array: "At least {{minimum}} items are needed",
    too_big_array: "At most {{maximum}} items",
    too_big_string: "At most {{maximum}} characters",
    too_small_string: "At least {{minimum}} characters",
    not_integer: "Must be a whole number",
    invalid_value: "Not one of the allowed values: {{options}}",
    unrecognized_keys: "Unknown field: {{keys}}",
    invalid_format: "Wrong format",
    invalid: "Invalid input",
    types: {
      string: "text",
      number: "a number",
      boolean: "yes or no",
      object: "an object",
      array: "a list"
    },
    custom: {
      date: "Dates are written year-month-day (e.g. 1950-03-01) and must exist",
      futureDate: "The date cannot be after the screening date or today",
      tooEarly: "The date cannot be before {{min}}",
      asOfTooLate: "The screening date cannot be after {{max}}",
      dischargeBeforeBirth: "The discharge date must be after the date of birth",
      income: {
        both: "Give either the household's monthly income or the per-member income, not both"
      },
      idNumber: {
        format: "A resident ID number has 18 characters (the last may be X)",
        birthDate: "The birth date inside the ID number is not a possible date of birth",
        checkDigit: "The ID number's check digit is wrong; please check for a typing mistake",
        birthDateMismatch: "The date of birth does not match the ID number",
        sexMismatch: "The sex does not match the ID number"
      },
      disability: {
        withoutCertificate: "Leave the disability category and grade empty when there is no certificate"
      }
    },
    parameter: {
      unknown: "Unknown parameter: {{id}}",
      date: "Dates are written year-month-day (e.g. 2025-01-01) and must exist",
      beforeFirstValue: "The date cannot be before the parameter\u2019s first value ({{first}})",
      afterHorizon: "The date cannot be after {{max}}",
      empty: "Enter a value",
      notNumber: "Enter a plain number such as 630 or 1.5",
      notInteger: "Enter a whole number",
      tooSmall: "Must be at least {{min}} ({{unit}})",
      tooBig: "Must be at most {{max}} ({{unit}})",
      noteEmpty: "Say where the value comes from",
      noteTooLong: "At most {{max}} characters"
    }
  },
  api: {
    health: "Service is up",
    reference: {
      title: "API reference",
      intro: "Every endpoint of this service. The machine-readable OpenAPI document:",
      request: "Request body",
      responses: "Responses",
      parameters: "Parameters",
      language: "\u4E2D\u6587",
      required: "required",
      schemas: "Schemas",
      seeSchema: "see schema {{name}}"
    },
    ops: {
      getHealth: {
        summary: "Health check",
        responses: {
          "200": "Service and database are up",
          "503": "The database does not answer"
        }
      },
      getSchema: {
        summary: "The household model as JSON Schema",
        responses: {
          "200": "JSON Schema (draft 2020-12)"
        }
      },
      screenHousehold: {
        summary: "Screen a household against every program in force",
        description: "Checked by the server beyond the request schema, each refused with a 400 naming the field: the ID number's check character (ISO 7064 MOD 11-2) and that birthDate and sex agree with it; dates relative to each other and to today (birth and discharge dates not after asOf, a discharge after the birth date, asOf from the first date screened to 31 December of the year after today: the date patterns are written from today's date when this document is served); and the parameters in force on asOf (a date before a parameter's first value is refused, naming the parameter).",
        responses: {
          "200": "One result per program: eligible, not_eligible, needs_info or refer, with reasons",
          "400": "Malformed JSON, invalid fields (with paths), or an as-of date before the parameters begin",
          "413": "Body larger than 64 KB",
          "415": "Body is not application/json"
        }
      },
      listPrograms: {
        summary: "Every program of the catalogue",
        responses: {
          "200": "Programs",
          "400": "Invalid asOf: not a real date (YYYY-MM-DD), before the first date screened or after 31 December of next year"
        }
      },
      getProgram: {
        summary: "One program: citation, clauses, documents and the parameters in force",
        responses: {
          "200": "The program",
          "400": "Invalid asOf: not a real date (YYYY-MM-DD), before the first date screened or after 31 December of next year",
          "404": "No program with that id"
        }
      }
    }
  }
};

// src/i18n/locales/zh-CN.json
var zh_CN_default = {
  app: {
    name: "\u7126\u4F5C\u5E02\u6C11\u751F\u670D\u52A1\u8D44\u683C\u52A9\u624B"
  },
  outcome: {
    eligible: "\u7B26\u5408\u6761\u4EF6",
    not_eligible: "\u4E0D\u7B26\u5408\u6761\u4EF6",
    needs_info: "\u8FD8\u9700\u8865\u5145\u4FE1\u606F",
    refer: "\u8BF7\u5230\u7A97\u53E3\u529E\u7406\u6838\u5B9E"
  },
  status: {
    passed: "\u7B26\u5408",
    failed: "\u4E0D\u7B26\u5408",
    unknown: "\u5F85\u8865\u5145",
    window: "\u9700\u7A97\u53E3\u6838\u5B9E"
  },
  statuses: {
    holdsDibao: "\u4F4E\u4FDD",
    holdsLowIncome: "\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD",
    holdsTekun: "\u7279\u56F0\u4F9B\u517B"
  },
  period: {
    month: "\u6BCF\u6708",
    year: "\u6BCF\u5E74",
    once: "\u4E00\u6B21\u6027"
  },
  sentence: {
    passedCompare: "{{clause}}\uFF1A\u7B26\u5408\uFF08{{fact}}\u4E3A{{value}}\uFF0C{{thresholdLabel}}\u4E3A{{threshold}}\uFF09",
    passed: "{{clause}}\uFF1A\u7B26\u5408\uFF08{{fact}}\uFF1A{{value}}\uFF09",
    failedAbove: "{{clause}}\uFF1A\u4E0D\u7B26\u5408\uFF0C{{fact}}\u4E3A{{value}}\uFF0C\u6BD4{{thresholdLabel}}{{threshold}}\u9AD8{{gap}}",
    failedBelow: "{{clause}}\uFF1A\u4E0D\u7B26\u5408\uFF0C{{fact}}\u4E3A{{value}}\uFF0C\u6BD4{{thresholdLabel}}{{threshold}}\u4F4E{{gap}}",
    failedEqual: "{{clause}}\uFF1A\u4E0D\u7B26\u5408\uFF0C{{fact}}\u4E3A{{value}}\uFF0C\u6B63\u597D\u7B49\u4E8E{{thresholdLabel}}{{threshold}}",
    failed: "{{clause}}\uFF1A\u4E0D\u7B26\u5408\uFF08{{fact}}\uFF1A{{value}}\uFF09",
    unknown: "{{clause}}\uFF1A\u5C1A\u4E0D\u6E05\u695A\uFF0C\u8BF7\u56DE\u7B54\uFF1A{{questions}}",
    window: "{{clause}}\uFF1A\u9700\u8981\u5230\u7A97\u53E3\u6838\u5B9E",
    unverified: "\uFF08{{threshold}}\u4E3A\u6682\u5B9A\u503C\uFF0C\u4EE5\u7A97\u53E3\u786E\u8BA4\u4E3A\u51C6\uFF09",
    member: "{{member}}\uFF1A{{text}}",
    memberLabel: "\u7B2C{{n}}\u4F4D\u5BB6\u5EAD\u6210\u5458",
    listSeparator: "\u3001",
    onceGranted: "\u53D6\u5F97{{statuses}}\u8D44\u683C\u540E\u5373\u53EF\u4EAB\u53D7",
    amount: "{{period}}\u7EA6{{value}}\u5143",
    amountUnverified: "{{period}}\u7EA6{{value}}\u5143\uFF0C\u6807\u51C6\u5F85\u7A97\u53E3\u786E\u8BA4",
    citation: "\u7126\u4F5C\u5E02\u201C\u5341\u56DB\u4E94\u201D\u516C\u5171\u670D\u52A1\u548C\u793E\u4F1A\u4FDD\u969C\u89C4\u5212 {{chapter}}{{section}}\u300C{{lead}}\u300D",
    headline: {
      eligible: "\u60A8\u5BB6\u7B26\u5408{{name}}\u7684\u6761\u4EF6",
      eligibleOnce: "\u53D6\u5F97{{statuses}}\u8D44\u683C\u540E\uFF0C\u60A8\u5BB6\u53EF\u4EAB\u53D7{{name}}",
      not_eligible: "\u60A8\u5BB6\u76EE\u524D\u4E0D\u7B26\u5408{{name}}\u7684\u6761\u4EF6",
      needs_info: "\u8FD8\u9700\u8981\u56DE\u7B54\u51E0\u4E2A\u95EE\u9898\uFF0C\u624D\u80FD\u5224\u65AD\u80FD\u5426\u4EAB\u53D7{{name}}",
      refer: "{{name}}\u9700\u8981\u5230\u7A97\u53E3\u8FDB\u4E00\u6B65\u6838\u5B9E",
      onceGranted: "\u53D6\u5F97{{statuses}}\u8D44\u683C\u540E\uFF1A{{headline}}",
      held: "\u60A8\u5BB6\u5DF2\u4EAB\u53D7{{name}}"
    },
    passedPlain: "{{clause}}\uFF1A\u7B26\u5408",
    amountPartial: "\uFF08\u90E8\u5206\u6210\u5458\u7684\u91D1\u989D\u5C1A\u65E0\u6CD5\u4F30\u7B97\uFF0C\u5B9E\u9645\u53EF\u80FD\u66F4\u591A\uFF09",
    gradeWithin: "{{clause}}\uFF1A\u7B26\u5408\uFF08{{fact}}\u4E3A{{value}}\u7EA7\uFF0C\u5728{{range}}\u4E4B\u5185\uFF09",
    gradeOutside: "{{clause}}\uFF1A\u4E0D\u7B26\u5408\uFF08{{fact}}\u4E3A{{value}}\u7EA7\uFF0C\u4E0D\u5728{{range}}\u4E4B\u5185\uFF09",
    gradeUpTo: "1\u81F3{{max}}\u7EA7",
    gradeFrom: "{{min}}\u7EA7\u53CA\u4EE5\u4E0A",
    passedIfGranted: "{{clause}}\uFF1A\u5982\u88AB\u8BA4\u5B9A\uFF0C\u5373\u7B26\u5408",
    gradeOnly: "{{grade}}\u7EA7"
  },
  unit: {
    yuan: "{{value}}\u5143",
    years: "{{value}}\u5E74",
    age: "{{value}}\u5C81",
    months: "{{value}}\u4E2A\u6708",
    sqm: "{{value}}\u5E73\u65B9\u7C73",
    grade: "{{value}}\u7EA7",
    people: "{{value}}\u4EBA",
    ratio: "{{value}}\u500D",
    date: "{{value}}"
  },
  bool: {
    true: "\u662F",
    false: "\u5426"
  },
  fields: {
    hukouType: "\u6237\u53E3\u7C7B\u578B",
    hukouInJiaozuo: "\u6237\u7C4D\u662F\u5426\u5728\u7126\u4F5C",
    county: "\u6240\u5728\u53BF\uFF08\u5E02\u3001\u533A\uFF09",
    yearsInJiaozuo: "\u5728\u7126\u4F5C\u5C45\u4F4F\u5E74\u6570",
    monthlyIncomeTotal: "\u5BB6\u5EAD\u6708\u6536\u5165\u5408\u8BA1",
    monthlyIncomePerCapita: "\u5BB6\u5EAD\u4EBA\u5747\u6708\u6536\u5165",
    holdsDibao: "\u662F\u5426\u5DF2\u4EAB\u53D7\u4F4E\u4FDD",
    holdsTekun: "\u662F\u5426\u5DF2\u4EAB\u53D7\u7279\u56F0\u4F9B\u517B",
    holdsLowIncome: "\u662F\u5426\u5DF2\u8BA4\u5B9A\u4E3A\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD",
    holdsPovertyAlleviation: "\u662F\u5426\u4E3A\u8131\u8D2B\u6237\u6216\u9632\u8FD4\u8D2B\u76D1\u6D4B\u6237",
    ownsHomeInJiaozuo: "\u5728\u7126\u4F5C\u662F\u5426\u6709\u81EA\u6709\u4F4F\u623F",
    floorAreaPerCapita: "\u4EBA\u5747\u4F4F\u623F\u5EFA\u7B51\u9762\u79EF",
    houseSafety: "\u519C\u6751\u4F4F\u623F\u5B89\u5168\u7B49\u7EA7",
    members: "\u5BB6\u5EAD\u6210\u5458",
    ref: "\u6210\u5458\u7F16\u53F7",
    relation: "\u4E0E\u7533\u8BF7\u4EBA\u5173\u7CFB",
    idNumber: "\u8EAB\u4EFD\u8BC1\u53F7\u7801",
    birthDate: "\u51FA\u751F\u65E5\u671F",
    sex: "\u6027\u522B",
    hasDisabilityCertificate: "\u662F\u5426\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1",
    disabilityCategory: "\u6B8B\u75BE\u7C7B\u522B",
    disabilityGrade: "\u6B8B\u75BE\u7B49\u7EA7",
    selfCare: "\u751F\u6D3B\u81EA\u7406\u80FD\u529B",
    schoolStage: "\u5728\u8BFB\u5B66\u6BB5",
    kindergartenPuhui: "\u662F\u5426\u5728\u666E\u60E0\u6027\u5E7C\u513F\u56ED",
    boarding: "\u662F\u5426\u5BC4\u5BBF",
    employment: "\u5C31\u4E1A\u72B6\u51B5",
    monthsRegisteredUnemployed: "\u767B\u8BB0\u5931\u4E1A\u6708\u6570",
    seekingWork: "\u662F\u5426\u6B63\u5728\u627E\u5DE5\u4F5C",
    startingBusiness: "\u662F\u5426\u51C6\u5907\u521B\u4E1A",
    wantsSkillsTraining: "\u662F\u5426\u5E0C\u671B\u53C2\u52A0\u804C\u4E1A\u6280\u80FD\u57F9\u8BAD",
    isVeteran: "\u662F\u5426\u4E3A\u9000\u5F79\u519B\u4EBA",
    dischargeDate: "\u9000\u5F79\u65E5\u671F",
    hukouAtEnlistment: "\u5165\u4F0D\u65F6\u6237\u53E3\u7C7B\u578B",
    isDisabledServiceman: "\u662F\u5426\u4E3A\u6B8B\u75BE\u519B\u4EBA",
    serviceDisabilityGrade: "\u6B8B\u75BE\u519B\u4EBA\u6B8B\u75BE\u7B49\u7EA7",
    serviceDisabilityCause: "\u81F4\u6B8B\u539F\u56E0",
    survivorOf: "\u662F\u5426\u4E3A\u70C8\u58EB\u3001\u56E0\u516C\u727A\u7272\u6216\u75C5\u6545\u519B\u4EBA\u9057\u5C5E",
    isServicemanFamily: "\u662F\u5426\u4E3A\u73B0\u5F79\u519B\u4EBA\u5BB6\u5C5E",
    isCombatVeteran: "\u662F\u5426\u53C2\u6218\u9000\u5F79\u519B\u4EBA",
    pregnant: "\u662F\u5426\u6000\u5B55",
    orphan: "\u662F\u5426\u4E3A\u5B64\u513F",
    factuallyUnsupported: "\u662F\u5426\u4E3A\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5",
    hasCapableSupporter: "\u662F\u5426\u6709\u80FD\u591F\u5C65\u884C\u8D61\u517B\uFF08\u629A\u517B\u3001\u6276\u517B\uFF09\u4E49\u52A1\u7684\u4EB2\u5C5E",
    hasLivingIncome: "\u672C\u4EBA\u662F\u5426\u6709\u751F\u6D3B\u6765\u6E90",
    householdSize: "\u5BB6\u5EAD\u4EBA\u6570",
    incomePerCapitaMonthly: "\u5BB6\u5EAD\u4EBA\u5747\u6708\u6536\u5165",
    dibaoStandardMonthly: "\u5F53\u5730\u4F4E\u4FDD\u6807\u51C6\uFF08\u6708\uFF09",
    lowIncomeLineMonthly: "\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\u6536\u5165\u6807\u51C6\uFF08\u6708\uFF09",
    tekunStandardMonthly: "\u7279\u56F0\u4EBA\u5458\u57FA\u672C\u751F\u6D3B\u6807\u51C6\uFF08\u6708\uFF09",
    zeroEmployment: "\u5BB6\u4E2D\u52B3\u52A8\u5E74\u9F84\u6210\u5458\u662F\u5426\u90FD\u6CA1\u6709\u5C31\u4E1A",
    age: "\u5E74\u9F84",
    monthsSinceDischarge: "\u9000\u5F79\u540E\u6708\u6570",
    asOf: "\u8BC4\u4F30\u65E5\u671F",
    household: "\u5BB6\u5EAD\u4FE1\u606F",
    locale: "\u8BED\u8A00",
    residesInJiaozuo: "\u662F\u5426\u5E38\u4F4F\u7126\u4F5C",
    hardshipEvent: "\u8FD1\u671F\u662F\u5426\u56E0\u75C5\u3001\u56E0\u707E\u3001\u56E0\u610F\u5916\u5BFC\u81F4\u751F\u6D3B\u56F0\u96BE",
    schoolYear: "\u5728\u8BFB\u5E74\u7EA7\uFF08\u672C\u5B66\u6BB5\u7B2C\u51E0\u5E74\uFF09",
    agricultureMajor: "\u662F\u5426\u5C31\u8BFB\u6D89\u519C\u4E13\u4E1A",
    receivesPeriodicBenefit: "\u662F\u5426\u5DF2\u9886\u53D6\u5B9A\u671F\u629A\u6064\u91D1\u3001\u5B9A\u671F\u629A\u6064\u8865\u52A9\u6216\u4F24\u6B8B\u629A\u6064\u91D1",
    survivorRelation: "\u4E0E\u70C8\u58EB\u3001\u727A\u7272\u6216\u75C5\u6545\u519B\u4EBA\u7684\u5173\u7CFB",
    serviceDisabilityMental: "\u662F\u5426\u56E0\u60A3\u7CBE\u795E\u969C\u788D\u8BC4\u5B9A\u6B8B\u75BE\u7B49\u7EA7",
    householdHoldsTekun: "\u5BB6\u4E2D\u662F\u5426\u6709\u7279\u56F0\u4F9B\u517B\u4EBA\u5458",
    membersWithoutTekun: "\u4E0D\u4EAB\u53D7\u7279\u56F0\u4F9B\u517B\u7684\u5BB6\u5EAD\u6210\u5458\u4EBA\u6570",
    severeDisabledAdultWithFamily: "\u662F\u5426\u6709\u7531\u7236\u6BCD\u6216\u5144\u5F1F\u59D0\u59B9\u6276\u517B\u7684\u6210\u5E74\u91CD\u5EA6\u6B8B\u75BE\u4EBA",
    singlePersonDibao: "\u662F\u5426\u6709\u53EF\u5355\u72EC\u7533\u8BF7\u4F4E\u4FDD\u7684\u91CD\u5EA6\u6B8B\u75BE\u4EBA\uFF08\u5355\u4EBA\u4FDD\uFF09",
    separateDibaoMembers: "\u5355\u72EC\u7ACB\u6237\u7684\u6210\u5E74\u91CD\u5EA6\u6B8B\u75BE\u4EBA\u4EBA\u6570",
    honorHomeSupport: "\u662F\u5426\u65E0\u6709\u80FD\u529B\u7684\u8D61\u517B\uFF08\u629A\u517B\u3001\u6276\u517B\uFF09\u4E49\u52A1\u4EBA",
    checkedAtWindow: "\u7531\u7A97\u53E3\u6838\u5B9E",
    incomeTotalMonthly: "\u5BB6\u5EAD\u6708\u6536\u5165\u5408\u8BA1",
    pensionScheme: "\u53C2\u52A0\u7684\u57FA\u672C\u517B\u8001\u4FDD\u9669",
    yearsContributedPension: "\u517B\u8001\u4FDD\u9669\u7F34\u8D39\u5E74\u9650",
    jobLossInvoluntary: "\u975E\u672C\u4EBA\u610F\u613F\u4E2D\u65AD\u5C31\u4E1A",
    monthsInsured: "\u5931\u4E1A\u4FDD\u9669\u7D2F\u8BA1\u7F34\u8D39\u6708\u6570",
    ownHukouInJiaozuo: "\u672C\u4EBA\u6237\u7C4D\u5728\u7126\u4F5C\u5E02",
    hasJiaozuoResidencePermit: "\u6301\u6709\u7126\u4F5C\u5E02\u5C45\u4F4F\u8BC1",
    worksInJiaozuo: "\u5728\u7126\u4F5C\u5DE5\u4F5C\uFF08\u5C31\u4E1A\u6216\u7ECF\u8425\uFF09",
    familyPlanningStatus: "\u8BA1\u5212\u751F\u80B2\u5BB6\u5EAD\u7C7B\u578B",
    onlyChildLoss: "\u72EC\u751F\u5B50\u5973\u6B7B\u4EA1\u6216\u4F24\u6B8B",
    familyHasJiaozuoResidencePermit: "\u5BB6\u5EAD\u6210\u5458\u6301\u6709\u7126\u4F5C\u5C45\u4F4F\u8BC1",
    familyWorksInJiaozuo: "\u5BB6\u5EAD\u6210\u5458\u5728\u7126\u4F5C\u5DE5\u4F5C",
    unemploymentBenefitMaxMonths: "\u6309\u7F34\u8D39\u65F6\u95F4\u53EF\u9886\u53D6\u5931\u4E1A\u4FDD\u9669\u91D1\u7684\u6700\u957F\u6708\u6570",
    postpartum: "\u662F\u5426\u5728\u4EA7\u540E42\u5929\u5185\uFF08\u4EA7\u8925\u671F\uFF09",
    planningPregnancy: "\u662F\u5426\u8BA1\u5212\u6000\u5B55",
    coupleHukouInJiaozuo: "\u672C\u4EBA\u6216\u914D\u5076\uFF08\u65B0\u751F\u513F\u4E3A\u7236\u6BCD\u4E00\u65B9\uFF09\u6237\u7C4D\u5728\u7126\u4F5C",
    legalIssue: "\u9700\u8981\u6CD5\u5F8B\u5E2E\u52A9\u7684\u4E8B\u9879",
    seriousIllness: "\u662F\u5426\u60A3\u6709\u91CD\u7279\u5927\u75BE\u75C5",
    highMedicalCosts: "\u4ECA\u5E74\u662F\u5426\u6709\u533B\u4FDD\u62A5\u9500\u540E\u4ECD\u96BE\u4EE5\u627F\u62C5\u7684\u5927\u989D\u533B\u7597\u8D39\u7528",
    medicalInsurance: "\u53C2\u52A0\u7684\u57FA\u672C\u533B\u7597\u4FDD\u9669",
    recentGraduate: "\u662F\u5426\u4E3A\u8FD1\u4E24\u5E74\u6BD5\u4E1A\u7684\u9AD8\u6821\u6BD5\u4E1A\u751F",
    returningMigrantWorker: "\u662F\u5426\u4E3A\u8FD4\u4E61\u519C\u6C11\u5DE5",
    legalAidIncomeLineMonthly: "\u6CD5\u5F8B\u63F4\u52A9\u7ECF\u6D4E\u56F0\u96BE\u6807\u51C6\uFF08\u6708\uFF09",
    householdHighMedicalCosts: "\u5BB6\u4E2D\u662F\u5426\u6709\u4EBA\u6709\u96BE\u4EE5\u627F\u62C5\u7684\u5927\u989D\u533B\u7597\u8D39\u7528",
    householdSeekingWork: "\u5BB6\u4E2D\u52B3\u52A8\u5E74\u9F84\u6210\u5458\u662F\u5426\u6709\u4EBA\u60F3\u627E\u5DE5\u4F5C"
  },
  values: {
    hukouType: {
      urban: "\u57CE\u9547\u6237\u53E3",
      rural: "\u519C\u6751\u6237\u53E3"
    },
    hukouAtEnlistment: {
      urban: "\u57CE\u9547\u6237\u53E3",
      rural: "\u519C\u6751\u6237\u53E3"
    },
    sex: {
      male: "\u7537",
      female: "\u5973"
    },
    relation: {
      self: "\u672C\u4EBA",
      spouse: "\u914D\u5076",
      child: "\u5B50\u5973",
      parent: "\u7236\u6BCD",
      grandparent: "\u7956\u7236\u6BCD\u3001\u5916\u7956\u7236\u6BCD",
      grandchild: "\u5B59\u5B50\u5973\u3001\u5916\u5B59\u5B50\u5973",
      sibling: "\u5144\u5F1F\u59D0\u59B9",
      other: "\u5176\u4ED6"
    },
    disabilityCategory: {
      visual: "\u89C6\u529B\u6B8B\u75BE",
      hearing: "\u542C\u529B\u6B8B\u75BE",
      speech: "\u8A00\u8BED\u6B8B\u75BE",
      physical: "\u80A2\u4F53\u6B8B\u75BE",
      intellectual: "\u667A\u529B\u6B8B\u75BE",
      mental: "\u7CBE\u795E\u6B8B\u75BE",
      multiple: "\u591A\u91CD\u6B8B\u75BE"
    },
    selfCare: {
      independent: "\u80FD\u81EA\u7406",
      partial: "\u534A\u5931\u80FD\uFF08\u90E8\u5206\u81EA\u7406\uFF09",
      dependent: "\u5931\u80FD\uFF08\u4E0D\u80FD\u81EA\u7406\uFF09"
    },
    schoolStage: {
      none: "\u672A\u4E0A\u5B66",
      kindergarten: "\u5E7C\u513F\u56ED",
      primary: "\u5C0F\u5B66",
      junior: "\u521D\u4E2D",
      senior: "\u666E\u901A\u9AD8\u4E2D",
      vocational: "\u4E2D\u7B49\u804C\u4E1A\u5B66\u6821",
      college: "\u5927\u5B66\u53CA\u4EE5\u4E0A"
    },
    employment: {
      employed: "\u5728\u804C",
      self_employed: "\u4E2A\u4F53\u7ECF\u8425\u6216\u7075\u6D3B\u5C31\u4E1A",
      unemployed: "\u5931\u4E1A",
      retired: "\u9000\u4F11",
      student: "\u5728\u6821\u5B66\u751F",
      unable: "\u65E0\u52B3\u52A8\u80FD\u529B",
      other: "\u5176\u4ED6"
    },
    houseSafety: {
      A: "A\u7EA7\uFF08\u5B89\u5168\uFF09",
      B: "B\u7EA7",
      C: "C\u7EA7\uFF08\u5C40\u90E8\u5371\u9669\uFF09",
      D: "D\u7EA7\uFF08\u6574\u680B\u5371\u623F\uFF09",
      no_house: "\u6CA1\u6709\u4F4F\u623F",
      unassessed: "\u672A\u7ECF\u9274\u5B9A"
    },
    serviceDisabilityCause: {
      war: "\u56E0\u6218",
      duty: "\u56E0\u516C",
      illness: "\u56E0\u75C5"
    },
    survivorOf: {
      none: "\u4E0D\u662F",
      martyr: "\u70C8\u58EB\u9057\u5C5E",
      duty_death: "\u56E0\u516C\u727A\u7272\u519B\u4EBA\u9057\u5C5E",
      illness_death: "\u75C5\u6545\u519B\u4EBA\u9057\u5C5E"
    },
    county: {
      "410802": "\u89E3\u653E\u533A",
      "410803": "\u4E2D\u7AD9\u533A",
      "410804": "\u9A6C\u6751\u533A",
      "410811": "\u5C71\u9633\u533A",
      "410821": "\u4FEE\u6B66\u53BF",
      "410822": "\u535A\u7231\u53BF",
      "410823": "\u6B66\u965F\u53BF",
      "410825": "\u6E29\u53BF",
      "410882": "\u6C81\u9633\u5E02",
      "410883": "\u5B5F\u5DDE\u5E02"
    },
    survivorRelation: {
      parent: "\u7236\u6BCD\uFF08\u629A\u517B\u4EBA\uFF09",
      spouse: "\u914D\u5076",
      child: "\u5B50\u5973",
      sibling: "\u5144\u5F1F\u59D0\u59B9"
    },
    pensionScheme: {
      employee: "\u804C\u5DE5\u57FA\u672C\u517B\u8001\u4FDD\u9669",
      resident: "\u57CE\u4E61\u5C45\u6C11\u57FA\u672C\u517B\u8001\u4FDD\u9669",
      none: "\u672A\u53C2\u52A0"
    },
    familyPlanningStatus: {
      one_child: "\u72EC\u751F\u5B50\u5973\u5BB6\u5EAD\uFF08\u6301\u72EC\u751F\u5B50\u5973\u7236\u6BCD\u5149\u8363\u8BC1\uFF09",
      two_daughters: "\u519C\u6751\u4E8C\u5973\u6237",
      none: "\u90FD\u4E0D\u662F"
    },
    onlyChildLoss: {
      died: "\u72EC\u751F\u5B50\u5973\u5DF2\u6B7B\u4EA1\uFF08\u5931\u72EC\uFF09",
      disabled: "\u72EC\u751F\u5B50\u5973\u4F24\u6B8B\uFF08\u4E00\u81F3\u4E09\u7EA7\u6B8B\u75BE\uFF09",
      none: "\u90FD\u4E0D\u662F"
    },
    legalIssue: {
      wages: "\u8FFD\u7D22\u52B3\u52A8\u62A5\u916C\uFF08\u8BA8\u85AA\uFF09",
      work_injury: "\u5DE5\u4F24\u8D54\u507F",
      family_support: "\u8D61\u517B\u8D39\u3001\u629A\u517B\u8D39\u3001\u6276\u517B\u8D39",
      other: "\u5176\u4ED6\u6CD5\u5F8B\u4E8B\u9879",
      none: "\u6CA1\u6709"
    },
    medicalInsurance: {
      employee: "\u804C\u5DE5\u533B\u4FDD",
      resident: "\u57CE\u4E61\u5C45\u6C11\u533B\u4FDD",
      none: "\u672A\u53C2\u4FDD"
    }
  },
  departments: {
    civil_affairs: {
      name: "\u6C11\u653F\u90E8\u95E8",
      where: "\u6237\u7C4D\u6240\u5728\u5730\uFF08\u6216\u5C45\u4F4F\u5730\uFF09\u4E61\u9547\u4EBA\u6C11\u653F\u5E9C\u3001\u8857\u9053\u529E\u4E8B\u5904\u793E\u4F1A\u6551\u52A9\u7A97\u53E3\uFF1B\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u6C11\u653F\u5C40\u5BA1\u6838\u786E\u8BA4"
    },
    housing: {
      name: "\u4F4F\u623F\u4FDD\u969C\u90E8\u95E8",
      where: "\u6240\u5728\u8857\u9053\u529E\u4E8B\u5904\u6216\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u4F4F\u623F\u4FDD\u969C\u4E2D\u5FC3\uFF08\u4F4F\u5EFA\u5C40\uFF09"
    },
    rural_housing: {
      name: "\u4F4F\u623F\u548C\u57CE\u4E61\u5EFA\u8BBE\u90E8\u95E8",
      where: "\u6751\u59D4\u4F1A\u63D0\u51FA\u7533\u8BF7\uFF0C\u4E61\u9547\u4EBA\u6C11\u653F\u5E9C\u5BA1\u6838\uFF0C\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u4F4F\u5EFA\u5C40\u5BA1\u6279"
    },
    education: {
      name: "\u6559\u80B2\u90E8\u95E8\uFF08\u5B66\u751F\u8D44\u52A9\u7BA1\u7406\u4E2D\u5FC3\uFF09",
      where: "\u5C31\u8BFB\u5B66\u6821\u6216\u5E7C\u513F\u56ED\u63D0\u4EA4\u7533\u8BF7\uFF0C\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u5B66\u751F\u8D44\u52A9\u7BA1\u7406\u4E2D\u5FC3\u5BA1\u6838"
    },
    primary_health: {
      name: "\u536B\u751F\u5065\u5EB7\u90E8\u95E8",
      where: "\u6237\u7C4D\u6216\u5E38\u4F4F\u5730\u4E61\u9547\u536B\u751F\u9662\u3001\u793E\u533A\u536B\u751F\u670D\u52A1\u4E2D\u5FC3"
    },
    disabled_federation: {
      name: "\u6B8B\u75BE\u4EBA\u8054\u5408\u4F1A",
      where: "\u6240\u5728\u4E61\u9547\uFF08\u8857\u9053\uFF09\u6B8B\u8054\u4E13\u804C\u59D4\u5458\u6216\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u6B8B\u8054"
    },
    veterans: {
      name: "\u9000\u5F79\u519B\u4EBA\u4E8B\u52A1\u90E8\u95E8",
      where: "\u6751\uFF08\u793E\u533A\uFF09\u9000\u5F79\u519B\u4EBA\u670D\u52A1\u7AD9\u3001\u4E61\u9547\uFF08\u8857\u9053\uFF09\u9000\u5F79\u519B\u4EBA\u670D\u52A1\u7AD9\u6216\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u9000\u5F79\u519B\u4EBA\u4E8B\u52A1\u5C40"
    },
    human_resources: {
      name: "\u4EBA\u529B\u8D44\u6E90\u548C\u793E\u4F1A\u4FDD\u969C\u90E8\u95E8",
      where: "\u4E61\u9547\uFF08\u8857\u9053\uFF09\u3001\u793E\u533A\u516C\u5171\u5C31\u4E1A\u670D\u52A1\u7A97\u53E3\u6216\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u4EBA\u793E\u5C40"
    },
    school: {
      name: "\u5C31\u8BFB\u5B66\u6821",
      where: "\u65E0\u9700\u5355\u72EC\u7533\u8BF7\uFF1A\u5165\u5B66\u6CE8\u518C\u540E\u7531\u5B66\u6821\u843D\u5B9E\uFF1B\u5982\u6709\u7591\u95EE\u53EF\u54A8\u8BE2\u5B66\u6821\u6216\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u6559\u80B2\u5C40"
    },
    education_enrolment: {
      name: "\u6559\u80B2\u90E8\u95E8\uFF08\u4E49\u52A1\u6559\u80B2\u62DB\u751F\u5165\u5B66\uFF09",
      where: "\u5C45\u4F4F\u5730\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u6559\u80B2\u5C40\uFF0C\u6216\u6309\u5F53\u5E74\u4E49\u52A1\u6559\u80B2\u62DB\u751F\u516C\u544A\u5230\u5B66\u533A\u5B66\u6821\u62A5\u540D"
    },
    vaccination_clinic: {
      name: "\u9884\u9632\u63A5\u79CD\u5355\u4F4D\uFF08\u63A5\u79CD\u95E8\u8BCA\uFF09",
      where: "\u513F\u7AE5\u5C45\u4F4F\u5730\u627F\u62C5\u9884\u9632\u63A5\u79CD\u5DE5\u4F5C\u7684\u63A5\u79CD\u5355\u4F4D\uFF08\u4E61\u9547\u536B\u751F\u9662\u3001\u793E\u533A\u536B\u751F\u670D\u52A1\u4E2D\u5FC3\u63A5\u79CD\u95E8\u8BCA\uFF09\uFF1B\u51FA\u751F\u540E\u4E00\u4E2A\u6708\u5185\u4E5F\u53EF\u5728\u51FA\u751F\u533B\u9662\u529E\u7406\u9884\u9632\u63A5\u79CD\u8BC1"
    },
    maternal_child_health: {
      name: "\u5987\u5E7C\u4FDD\u5065\u673A\u6784\u548C\u52A9\u4EA7\u533B\u9662",
      where: "\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u5987\u5E7C\u4FDD\u5065\u9662\uFF0C\u6216\u60A8\u505A\u4EA7\u524D\u68C0\u67E5\u3001\u5206\u5A29\u7684\u533B\u9662"
    },
    childcare: {
      name: "\u666E\u60E0\u6258\u80B2\u673A\u6784",
      where: "\u4F4F\u5904\u9644\u8FD1\u7684\u793E\u533A\u6258\u80B2\u670D\u52A1\u8BBE\u65BD\u3001\u666E\u60E0\u6258\u80B2\u673A\u6784\u6216\u5E7C\u513F\u56ED\u6258\u73ED\uFF1B\u6258\u80B2\u673A\u6784\u5411\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u536B\u751F\u5065\u5EB7\u90E8\u95E8\u5907\u6848"
    },
    family_planning: {
      name: "\u4E61\u9547\u4EBA\u6C11\u653F\u5E9C\u3001\u8857\u9053\u529E\u4E8B\u5904",
      where: "\u5411\u6237\u7C4D\u6240\u5728\u5730\u6751\uFF08\u5C45\uFF09\u59D4\u4F1A\u6216\u4E61\u9547\u4EBA\u6C11\u653F\u5E9C\u3001\u8857\u9053\u529E\u4E8B\u5904\u4FBF\u6C11\u670D\u52A1\u4E2D\u5FC3\u63D0\u51FA\u7533\u8BF7\uFF0C\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u536B\u751F\u5065\u5EB7\u90E8\u95E8\u5BA1\u6838"
    },
    legal_aid: {
      name: "\u6CD5\u5F8B\u63F4\u52A9\u673A\u6784",
      where: "\u53BF\uFF08\u5E02\u3001\u533A\uFF09\u53F8\u6CD5\u884C\u653F\u90E8\u95E8\u8BBE\u7ACB\u7684\u6CD5\u5F8B\u63F4\u52A9\u673A\u6784\uFF1B\u975E\u8BC9\u8BBC\u4E8B\u9879\u5411\u4E89\u8BAE\u5904\u7406\u673A\u5173\u6240\u5728\u5730\u6216\u4E8B\u7531\u53D1\u751F\u5730\u7533\u8BF7\uFF0C\u8BC9\u8BBC\u4E8B\u9879\u5411\u529E\u6848\u673A\u5173\u6240\u5728\u5730\u7533\u8BF7\uFF1B\u4E5F\u53EF\u62E8\u625312345\u54A8\u8BE2"
    },
    medical_security: {
      name: "\u533B\u7597\u4FDD\u969C\u90E8\u95E8",
      where: "\u5411\u6237\u7C4D\u6216\u5C45\u4F4F\u5730\u4E61\u9547\u4EBA\u6C11\u653F\u5E9C\u3001\u8857\u9053\u529E\u4E8B\u5904\u63D0\u51FA\u7533\u8BF7\uFF0C\u53BF\u7EA7\u533B\u7597\u4FDD\u969C\u90E8\u95E8\u5BA1\u6279\uFF1B\u4F4E\u4FDD\u3001\u7279\u56F0\u4EBA\u5458\u7531\u53BF\u7EA7\u533B\u7597\u4FDD\u969C\u90E8\u95E8\u76F4\u63A5\u529E\u7406"
    }
  },
  documents: {
    application_form: "\u4E66\u9762\u7533\u8BF7\uFF08\u7A97\u53E3\u53EF\u4EE3\u586B\uFF09",
    resident_id_card: "\u5C45\u6C11\u8EAB\u4EFD\u8BC1",
    hukou_booklet: "\u6237\u53E3\u7C3F",
    income_proof: "\u5BB6\u5EAD\u6536\u5165\u60C5\u51B5\u8BF4\u660E\u6216\u8BC1\u660E",
    bank_account: "\u672C\u4EBA\u793E\u4F1A\u4FDD\u969C\u5361\u6216\u94F6\u884C\u8D26\u6237",
    dibao_certificate: "\u4F4E\u4FDD\u3001\u7279\u56F0\u6216\u4F4E\u4FDD\u8FB9\u7F18\u5BB6\u5EAD\u8BC1\u660E",
    disability_certificate: "\u6B8B\u75BE\u4EBA\u8BC1",
    supporter_situation_proof: "\u8D61\u517B\u3001\u629A\u517B\u3001\u6276\u517B\u4E49\u52A1\u4EBA\u60C5\u51B5\u8BF4\u660E",
    housing_proof: "\u4F4F\u623F\u60C5\u51B5\u8BC1\u660E\uFF08\u4E0D\u52A8\u4EA7\u767B\u8BB0\u67E5\u8BE2\u7ED3\u679C\uFF09",
    residence_permit: "\u5C45\u4F4F\u8BC1",
    employment_proof: "\u52B3\u52A8\u5408\u540C\u6216\u793E\u4FDD\u7F34\u8D39\u8BB0\u5F55",
    house_safety_appraisal: "\u623F\u5C4B\u5B89\u5168\u9274\u5B9A\u7ED3\u679C\uFF08\u53EF\u7531\u4F4F\u5EFA\u90E8\u95E8\u7EC4\u7EC7\u9274\u5B9A\uFF09",
    student_status_proof: "\u5B66\u7C4D\u8BC1\u660E\u6216\u5165\u5B66\u901A\u77E5",
    orphan_proof: "\u5B64\u513F\u6216\u4E8B\u5B9E\u65E0\u4EBA\u629A\u517B\u513F\u7AE5\u8BA4\u5B9A\u6750\u6599",
    discharge_certificate: "\u9000\u5F79\u8BC1\uFF08\u9000\u4F0D\u8BC1\u3001\u8F6C\u4E1A\u8BC1\uFF09",
    veteran_preferential_card: "\u4F18\u5F85\u8BC1",
    disabled_serviceman_certificate: "\u6B8B\u75BE\u519B\u4EBA\u8BC1",
    survivor_certificate: "\u70C8\u58EB\u8BC1\u660E\u4E66\u6216\u56E0\u516C\u727A\u7272\u3001\u75C5\u6545\u519B\u4EBA\u8BC1\u660E\u4E66",
    unemployment_registration: "\u5C31\u4E1A\u521B\u4E1A\u8BC1\uFF08\u5931\u4E1A\u767B\u8BB0\u8BC1\u660E\uFF09",
    business_plan: "\u521B\u4E1A\u9879\u76EE\u6750\u6599\u6216\u8425\u4E1A\u6267\u7167",
    poverty_alleviation_proof: "\u8131\u8D2B\u6237\u6216\u9632\u8FD4\u8D2B\u76D1\u6D4B\u6237\u8BC1\u660E",
    separation_certificate: "\u5355\u4F4D\u51FA\u5177\u7684\u7EC8\u6B62\u6216\u8005\u89E3\u9664\u52B3\u52A8\u5173\u7CFB\u8BC1\u660E",
    vaccination_certificate: "\u9884\u9632\u63A5\u79CD\u8BC1\uFF08\u51FA\u751F\u540E\u4E00\u4E2A\u6708\u5185\u529E\u7406\uFF09",
    maternal_child_handbook: "\u300A\u6BCD\u5B50\u5065\u5EB7\u624B\u518C\u300B",
    marriage_certificate: "\u7ED3\u5A5A\u8BC1",
    one_child_certificate: "\u300A\u72EC\u751F\u5B50\u5973\u7236\u6BCD\u5149\u8363\u8BC1\u300B\u6216\u519C\u6751\u4E8C\u5973\u6237\u8BC1\u660E",
    only_child_loss_proof: "\u72EC\u751F\u5B50\u5973\u6B7B\u4EA1\u8BC1\u660E\u6216\u6B8B\u75BE\u4EBA\u8BC1\uFF08\u7533\u8BF7\u7279\u522B\u6276\u52A9\u65F6\uFF09",
    hardship_proof: "\u56F0\u96BE\u60C5\u51B5\u8BC1\u660E\u6750\u6599\uFF08\u5982\u706B\u707E\u3001\u4E8B\u6545\u3001\u75BE\u75C5\u8BCA\u65AD\u6216\u652F\u51FA\u7968\u636E\uFF09",
    medical_bills: "\u533B\u7597\u8D39\u7528\u7968\u636E\u548C\u533B\u4FDD\u7ED3\u7B97\u5355",
    legal_matter_proof: "\u4E0E\u6CD5\u5F8B\u63F4\u52A9\u4E8B\u9879\u6709\u5173\u7684\u6750\u6599",
    economic_difficulty_statement: "\u7ECF\u6D4E\u56F0\u96BE\u72B6\u51B5\u8BF4\u660E\uFF08\u6216\u4E2A\u4EBA\u8BDA\u4FE1\u627F\u8BFA\uFF09",
    business_license: "\u8425\u4E1A\u6267\u7167\uFF08\u5DF2\u529E\u7406\u7684\uFF09",
    training_certificate: "\u57F9\u8BAD\u5408\u683C\u8BC1\u4E66\u6216\u804C\u4E1A\u6280\u80FD\u7B49\u7EA7\u8BC1\u4E66"
  },
  errors: {
    title: "\u8F93\u5165\u6709\u8BEF",
    malformedJson: "\u8BF7\u6C42\u5185\u5BB9\u4E0D\u662F\u6709\u6548\u7684 JSON",
    tooLarge: "\u8BF7\u6C42\u5185\u5BB9\u592A\u5927\uFF08\u4E0A\u9650 {{max}}\uFF09",
    notFound: "\u627E\u4E0D\u5230\uFF1A{{what}}",
    methodNotAllowed: "\u6B64\u5730\u5740\u4E0D\u63A5\u53D7 {{method}} \u8BF7\u6C42\uFF0C\u53EF\u7528\u7684\u6709 {{allow}}",
    unsupportedMediaType: "\u8BF7\u4EE5 application/json \u63D0\u4EA4",
    internal: "\u670D\u52A1\u51FA\u9519\uFF0C\u8BF7\u7A0D\u540E\u518D\u8BD5",
    asOfBeforeParameters: "\u8BC4\u4F30\u65E5\u671F {{asOf}} \u65E9\u4E8E\u53C2\u6570\u300C{{parameter}}\u300D\u7684\u6700\u65E9\u53D6\u503C\u65E5\u671F {{first}}\uFF0C\u65E0\u6CD5\u8BC4\u4F30",
    asOfBeforePrograms: "\u8BC4\u4F30\u65E5\u671F {{asOf}} \u65E9\u4E8E\u53EF\u8BC4\u4F30\u7684\u6700\u65E9\u65E5\u671F {{first}}",
    invalid_type: "\u7C7B\u578B\u4E0D\u5BF9\uFF1A\u5E94\u4E3A{{expected}}",
    required: "\u5FC5\u586B",
    too_small_number: "\u4E0D\u80FD\u5C0F\u4E8E {{minimum}}",
    too_big_number: "\u4E0D\u80FD\u5927\u4E8E {{maximum}}",
    too_small_array: "\u81F3\u5C11\u9700\u8981 {{minimum}} \u9879",
    too_big_array: "\u6700\u591A {{maximum}} \u9879",
    too_big_string: "\u6700\u591A {{maximum}} \u4E2A\u5B57\u7B26",
    too_small_string: "\u81F3\u5C11 {{minimum}} \u4E2A\u5B57\u7B26",
    not_integer: "\u5FC5\u987B\u662F\u6574\u6570",
    invalid_value: "\u4E0D\u662F\u53EF\u9009\u7684\u503C\uFF0C\u53EF\u9009\uFF1A{{options}}",
    unrecognized_keys: "\u4E0D\u8BA4\u8BC6\u7684\u5B57\u6BB5\uFF1A{{keys}}",
    invalid_format: "\u683C\u5F0F\u4E0D\u5BF9",
    invalid: "\u8F93\u5165\u65E0\u6548",
    types: {
      string: "\u6587\u5B57",
      number: "\u6570\u5B57",
      boolean: "\u662F\u6216\u5426",
      object: "\u5BF9\u8C61",
      array: "\u5217\u8868"
    },
    custom: {
      date: "\u65E5\u671F\u683C\u5F0F\u5E94\u4E3A \u5E74-\u6708-\u65E5\uFF08\u5982 1950-03-01\uFF09\uFF0C\u4E14\u987B\u4E3A\u771F\u5B9E\u65E5\u671F",
      futureDate: "\u65E5\u671F\u4E0D\u80FD\u665A\u4E8E\u8BC4\u4F30\u65E5\u671F\u6216\u4ECA\u5929",
      tooEarly: "\u65E5\u671F\u4E0D\u80FD\u65E9\u4E8E {{min}}",
      asOfTooLate: "\u8BC4\u4F30\u65E5\u671F\u4E0D\u80FD\u665A\u4E8E {{max}}",
      dischargeBeforeBirth: "\u9000\u5F79\u65E5\u671F\u5E94\u665A\u4E8E\u51FA\u751F\u65E5\u671F",
      income: {
        both: "\u5BB6\u5EAD\u6708\u6536\u5165\u5408\u8BA1\u548C\u4EBA\u5747\u6708\u6536\u5165\u53EA\u9700\u586B\u5199\u4E00\u9879"
      },
      idNumber: {
        format: "\u8EAB\u4EFD\u8BC1\u53F7\u7801\u5E94\u4E3A18\u4F4D\uFF08\u6700\u540E\u4E00\u4F4D\u53EF\u4EE5\u662F X\uFF09",
        birthDate: "\u8EAB\u4EFD\u8BC1\u53F7\u7801\u4E2D\u7684\u51FA\u751F\u65E5\u671F\u4E0D\u662F\u53EF\u80FD\u7684\u51FA\u751F\u65E5\u671F",
        checkDigit: "\u8EAB\u4EFD\u8BC1\u53F7\u7801\u6821\u9A8C\u4F4D\u4E0D\u5BF9\uFF0C\u8BF7\u6838\u5BF9\u662F\u5426\u8F93\u9519",
        birthDateMismatch: "\u51FA\u751F\u65E5\u671F\u4E0E\u8EAB\u4EFD\u8BC1\u53F7\u7801\u4E0D\u4E00\u81F4",
        sexMismatch: "\u6027\u522B\u4E0E\u8EAB\u4EFD\u8BC1\u53F7\u7801\u4E0D\u4E00\u81F4"
      },
      disability: {
        withoutCertificate: "\u672A\u6301\u6709\u6B8B\u75BE\u4EBA\u8BC1\u65F6\u4E0D\u5E94\u586B\u5199\u6B8B\u75BE\u7C7B\u522B\u6216\u7B49\u7EA7"
      }
    },
    parameter: {
      unknown: "\u6CA1\u6709\u8FD9\u4E2A\u53C2\u6570\uFF1A{{id}}",
      date: "\u65E5\u671F\u683C\u5F0F\u5E94\u4E3A \u5E74-\u6708-\u65E5\uFF08\u5982 2025-01-01\uFF09\uFF0C\u4E14\u987B\u4E3A\u771F\u5B9E\u65E5\u671F",
      beforeFirstValue: "\u65E5\u671F\u4E0D\u80FD\u65E9\u4E8E\u8BE5\u53C2\u6570\u7684\u6700\u65E9\u53D6\u503C\u65E5\u671F {{first}}",
      afterHorizon: "\u65E5\u671F\u4E0D\u80FD\u665A\u4E8E {{max}}",
      empty: "\u8BF7\u586B\u5199\u6570\u503C",
      notNumber: "\u8BF7\u586B\u5199\u6570\u5B57\uFF0C\u5982 630 \u6216 1.5",
      notInteger: "\u8BF7\u586B\u5199\u6574\u6570",
      tooSmall: "\u4E0D\u80FD\u5C0F\u4E8E {{min}}\uFF08{{unit}}\uFF09",
      tooBig: "\u4E0D\u80FD\u5927\u4E8E {{max}}\uFF08{{unit}}\uFF09",
      noteEmpty: "\u8BF7\u6CE8\u660E\u6570\u503C\u7684\u6765\u6E90",
      noteTooLong: "\u6700\u591A {{max}} \u4E2A\u5B57"
    }
  },
  api: {
    health: "\u670D\u52A1\u6B63\u5E38",
    reference: {
      title: "\u63A5\u53E3\u8BF4\u660E",
      intro: "\u672C\u670D\u52A1\u7684\u5168\u90E8\u63A5\u53E3\u3002\u673A\u5668\u53EF\u8BFB\u7684 OpenAPI \u6587\u6863\uFF1A",
      request: "\u8BF7\u6C42\u5185\u5BB9",
      responses: "\u8FD4\u56DE",
      parameters: "\u53C2\u6570",
      language: "English",
      required: "\u5FC5\u586B",
      schemas: "\u6570\u636E\u7ED3\u6784",
      seeSchema: "\u89C1\u6570\u636E\u7ED3\u6784 {{name}}"
    },
    ops: {
      getHealth: {
        summary: "\u5065\u5EB7\u68C0\u67E5",
        responses: {
          "200": "\u670D\u52A1\u548C\u6570\u636E\u5E93\u6B63\u5E38",
          "503": "\u6570\u636E\u5E93\u65E0\u54CD\u5E94"
        }
      },
      getSchema: {
        summary: "\u5BB6\u5EAD\u4FE1\u606F\u6A21\u578B\uFF08JSON Schema\uFF09",
        responses: {
          "200": "JSON Schema\uFF08draft 2020-12\uFF09"
        }
      },
      screenHousehold: {
        summary: "\u6309\u73B0\u884C\u5168\u90E8\u9879\u76EE\u8BC4\u4F30\u4E00\u4E2A\u5BB6\u5EAD",
        description: "\u670D\u52A1\u5668\u5728\u8BF7\u6C42\u6A21\u5F0F\u4E4B\u5916\u8FD8\u4F1A\u68C0\u67E5\u4EE5\u4E0B\u5404\u9879\uFF0C\u4E0D\u7B26\u5408\u65F6\u8FD4\u56DE 400 \u5E76\u6307\u660E\u5B57\u6BB5\uFF1A\u8EAB\u4EFD\u8BC1\u53F7\u7801\u6821\u9A8C\u4F4D\uFF08ISO 7064 MOD 11-2\uFF09\uFF0C\u4EE5\u53CA\u51FA\u751F\u65E5\u671F\u3001\u6027\u522B\u662F\u5426\u4E0E\u8EAB\u4EFD\u8BC1\u53F7\u7801\u4E00\u81F4\uFF1B\u65E5\u671F\u4E4B\u95F4\u53CA\u4E0E\u5F53\u5929\u7684\u5173\u7CFB\uFF08\u51FA\u751F\u65E5\u671F\u548C\u9000\u5F79\u65E5\u671F\u4E0D\u665A\u4E8E\u8BC4\u4F30\u65E5\u671F\uFF0C\u9000\u5F79\u65E5\u671F\u665A\u4E8E\u51FA\u751F\u65E5\u671F\uFF0C\u8BC4\u4F30\u65E5\u671F\u4ECE\u53EF\u8BC4\u4F30\u7684\u6700\u65E9\u65E5\u671F\u5230\u6B21\u5E7412\u670831\u65E5\uFF1B\u6587\u6863\u4E2D\u7684\u65E5\u671F\u683C\u5F0F\u6309\u63D0\u4F9B\u6587\u6863\u5F53\u5929\u751F\u6210\uFF09\uFF1B\u4EE5\u53CA\u8BC4\u4F30\u65E5\u671F\u7684\u73B0\u884C\u53C2\u6570\uFF08\u65E9\u4E8E\u67D0\u53C2\u6570\u6700\u65E9\u53D6\u503C\u65E5\u671F\u7684\u8BC4\u4F30\u4F1A\u88AB\u62D2\u7EDD\uFF0C\u5E76\u6307\u660E\u8BE5\u53C2\u6570\uFF09\u3002",
        responses: {
          "200": "\u6BCF\u4E2A\u9879\u76EE\u4E00\u6761\u7ED3\u679C\uFF1A\u7B26\u5408\u3001\u4E0D\u7B26\u5408\u3001\u9700\u8865\u5145\u4FE1\u606F\u6216\u9700\u7A97\u53E3\u6838\u5B9E\uFF0C\u5E76\u9644\u7406\u7531",
          "400": "JSON \u683C\u5F0F\u9519\u8BEF\u3001\u5B57\u6BB5\u65E0\u6548\uFF08\u9644\u5B57\u6BB5\u8DEF\u5F84\uFF09\uFF0C\u6216\u8BC4\u4F30\u65E5\u671F\u65E9\u4E8E\u53C2\u6570\u6700\u65E9\u53D6\u503C",
          "413": "\u8BF7\u6C42\u5185\u5BB9\u8D85\u8FC7 64 KB",
          "415": "\u8BF7\u6C42\u5185\u5BB9\u4E0D\u662F application/json"
        }
      },
      listPrograms: {
        summary: "\u76EE\u5F55\u4E2D\u7684\u5168\u90E8\u9879\u76EE",
        responses: {
          "200": "\u9879\u76EE\u5217\u8868",
          "400": "asOf \u65E0\u6548\uFF1A\u4E0D\u662F\u771F\u5B9E\u65E5\u671F\uFF08\u5E74-\u6708-\u65E5\uFF09\uFF0C\u65E9\u4E8E\u53EF\u8BC4\u4F30\u7684\u6700\u65E9\u65E5\u671F\uFF0C\u6216\u665A\u4E8E\u6B21\u5E7412\u670831\u65E5"
        }
      },
      getProgram: {
        summary: "\u5355\u4E2A\u9879\u76EE\uFF1A\u653F\u7B56\u4F9D\u636E\u3001\u6761\u4EF6\u3001\u6750\u6599\u548C\u73B0\u884C\u53C2\u6570",
        responses: {
          "200": "\u9879\u76EE\u8BE6\u60C5",
          "400": "asOf \u65E0\u6548\uFF1A\u4E0D\u662F\u771F\u5B9E\u65E5\u671F\uFF08\u5E74-\u6708-\u65E5\uFF09\uFF0C\u65E9\u4E8E\u53EF\u8BC4\u4F30\u7684\u6700\u65E9\u65E5\u671F\uFF0C\u6216\u665A\u4E8E\u6B21\u5E7412\u670831\u65E5",
          "404": "\u6CA1\u6709\u8FD9\u4E2A\u9879\u76EE"
        }
      }
    }
  }
};

// src/i18n/index.ts
var DEFAULT_LOCALE = "zh-CN";
var LOCALES = Locale.options;
function createI18n(programs, parameterFiles2) {
  const resources = {
    "zh-CN": { common: zh_CN_default, programs: {}, params: {} },
    en: { common: en_default, programs: {}, params: {} }
  };
  for (const locale of LOCALES) {
    const ns = resources[locale];
    ns.programs = Object.fromEntries(programs.map((p) => [p.id, p.texts[locale]]));
    ns.params = Object.fromEntries(
      parameterFiles2.flatMap((f) => Object.entries(f.parameters).map(([id, def]) => [id, def.label[locale]]))
    );
  }
  const instance = i18next.createInstance();
  instance.init({
    resources,
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    ns: ["common", "programs", "params"],
    defaultNS: "common",
    // Parameter ids contain dots; program and common keys use dots as separators.
    keySeparator: ".",
    nsSeparator: ":",
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false
  });
  return instance;
}
function translator(instance, locale) {
  const cache = /* @__PURE__ */ new Map();
  const t = (key, options) => {
    if (options === void 0) {
      let hit = cache.get(key);
      if (hit === void 0) {
        hit = instance.t(key, { lng: locale });
        cache.set(key, hit);
      }
      return hit;
    }
    return instance.t(key, { ...options, lng: locale });
  };
  return t;
}

// src/core.ts
function parseProgramFiles(raw) {
  return raw.map((r2, i) => {
    const parsed = ProgramFile.safeParse(r2);
    if (!parsed.success) throw new Error(`program file #${i}: ${parsed.error.message}`);
    return parsed.data;
  });
}
function parseParameterFiles(raw) {
  return raw.map((r2, i) => {
    const parsed = ParameterFile.safeParse(r2);
    if (!parsed.success) throw new Error(`parameter file #${i}: ${parsed.error.message}`);
    return parsed.data;
  });
}
var seededPrograms = parseProgramFiles(programFiles);
var seededParameters = parseParameterFiles(parameterFiles);
var sharedI18n = createI18n(seededPrograms, seededParameters);
var sharedT = Object.fromEntries(LOCALES.map((l) => [l, translator(sharedI18n, l)]));
var sharedTemplates = Object.fromEntries(LOCALES.map((l) => [l, compileTemplates(sharedI18n, l)]));
function createCore(overrides = []) {
  const params = new ParameterSet(seededParameters, overrides);
  const catalogue = new Catalogue(seededPrograms, params);
  return {
    catalogue,
    i18n: sharedI18n,
    t: sharedT,
    templates: sharedTemplates,
    programs: seededPrograms,
    parameterFiles: seededParameters,
    async screen(household, asOf, locale, { detail = "brief", engine = "compiled" } = {}) {
      const result = engine === "reference" ? await screenReference(catalogue, household, asOf, detail) : screen(catalogue, household, asOf, detail);
      return explain(catalogue, result, sharedTemplates[locale], locale);
    }
  };
}

// ../../tmp/an/hh.mts
var everyone = {
  isVeteran: false,
  isDisabledServiceman: false,
  survivorOf: "none",
  isServicemanFamily: false,
  orphan: false,
  factuallyUnsupported: false,
  holdsTekun: false,
  ownHukouInJiaozuo: true,
  pregnant: false,
  postpartum: false,
  planningPregnancy: false,
  seriousIllness: false,
  highMedicalCosts: false,
  legalIssue: "none",
  medicalInsurance: "resident"
};
var THREE_MEMBERS = Household.parse({
  hukouType: "rural",
  hukouInJiaozuo: true,
  county: "410821",
  monthlyIncomeTotal: 1500,
  holdsDibao: false,
  holdsLowIncome: false,
  holdsPovertyAlleviation: false,
  residesInJiaozuo: true,
  hardshipEvent: false,
  familyPlanningStatus: "none",
  ownsHomeInJiaozuo: true,
  floorAreaPerCapita: 30,
  houseSafety: "B",
  members: [
    {
      ...everyone,
      relation: "self",
      birthDate: "1956-04-02",
      sex: "male",
      hasDisabilityCertificate: false,
      selfCare: "independent",
      employment: "retired",
      schoolStage: "none",
      hasCapableSupporter: true,
      pensionScheme: "resident",
      yearsContributedPension: 15
    },
    {
      ...everyone,
      relation: "spouse",
      birthDate: "1958-09-12",
      sex: "female",
      hasDisabilityCertificate: true,
      disabilityCategory: "physical",
      disabilityGrade: 2,
      selfCare: "partial",
      employment: "unable",
      schoolStage: "none",
      hasCapableSupporter: true,
      pensionScheme: "resident",
      yearsContributedPension: 15
    },
    {
      ...everyone,
      relation: "grandchild",
      birthDate: "2012-05-20",
      sex: "female",
      hasDisabilityCertificate: false,
      schoolStage: "primary",
      boarding: false,
      employment: "student",
      hasCapableSupporter: true
    }
  ]
});

// ../../tmp/an/prof2.mts
var core = createCore();
var h2 = THREE_MEMBERS;
var N = Number(process.env.N ?? 5e3);
var part = process.env.PART;
var r = screen(core.catalogue, h2, "2025-06-01", "brief");
var fns = {
  outcomes: () => screenOutcomes(core.catalogue, h2, "2025-06-01"),
  screen: () => screen(core.catalogue, h2, "2025-06-01", "brief"),
  explain: () => explain(core.catalogue, r, core.templates["zh-CN"], "zh-CN")
};
for (const [k, f] of Object.entries(fns)) {
  if (part && k !== part) continue;
  for (let i = 0; i < 1e3; i++) f();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) f();
  console.log(k, ((performance.now() - t0) * 1e3 / N).toFixed(1), "\xB5s");
}
