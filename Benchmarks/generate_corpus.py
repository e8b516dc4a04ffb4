#!/usr/bin/env python3
"""Generate a corpus of synthetic Chinese town work reports with planted figure defects.

Usage: generate_corpus.py SIZE_MB OUT_DIR [--seed N] [--defect-share F]

Writes
  OUT_DIR/docs/<id>.txt     UTF-8 documents, 5-50 KB each, until SIZE_MB megabytes (10^6 bytes)
  OUT_DIR/planted.jsonl     one line per planted defect:
                            {"doc", "kind", "offset", "length", "quote"}; offset and length count
                            Unicode scalars of the document (Python str indices), so
                            text[offset:offset+length] == quote
  OUT_DIR/corpus.json       size, document count, seed and the count of each planted kind

The sentence shapes follow the seed documents in shared/seeds (town and county poverty-alleviation
work reports): totals with 其中 breakdowns and colon lists of villages, 户/人 compound figures,
lists of village names with a count, rates, money in 万元/亿元, years and dates. Every document
holds correct versions of those structures (sums that add up, parts below their whole, rates at
most 100%, list counts that match), so findings on them measure precision; a share of the
documents also hold planted defects, whose spans measure recall. `kind` is the id of the check
that should flag the span.

The output depends only on SIZE_MB, the seed and the defect share.
"""

import argparse
import json
import os
import random
import sys

KINDS = [
    "masked-value",
    "missing-number",
    "sum-mismatch",
    "part-exceeds-whole",
    "rate-out-of-range",
    "household-size",
    "duplicate-unit",
    "unit-mismatch",
    "list-count-mismatch",
    "year-as-count",
    "rate-mismatch",
    "shares-exceed-whole",
]

# Village names: two syllables with no numeral character, so no name reads as a figure.
FIRST = "青白红黄石龙凤金银花桃杨柳高新大小上下东西南北中长平安和富兴旺"
SECOND = "山水河桥坪坝岭溪田湾塘冲寨林坡口岩洞坎庄"
TOWN_FIRST = "茂坪太郑蒲风界枣白仓贺花朱莲立洞水底"
TOWN_SECOND = "兰乐白场华市岭溪阳平江源"
COUNTY = ["茶陵县", "绥阳县", "荔波县", "安仁县", "元阳县", "从江县", "石阡县", "沿河县", "剑河县", "榕江县"]
CROPS = ["茶叶", "油茶", "精品蔬菜", "中药材", "百香果", "花椒", "烤烟", "食用菌", "桑园", "藤椒"]
FUNDS = ["中央财政资金", "省级财政资金", "州级配套资金", "县级配套资金", "社会帮扶资金", "整合涉农资金"]
SITES = ["集镇安置点", "县城安置点", "中心村安置点", "产业园安置点", "新区安置点"]
WAYS = ["发展生产脱贫", "易地搬迁脱贫", "发展教育脱贫", "生态补偿脱贫", "社会保障兜底"]
CHINESE_COUNTS = {2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八"}
ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

# Sentences without figures, in the register of the seeds.
PROSE = [
    "镇党委将扶贫工作列入重要议事日程，坚持每月召开一次扶贫工作专题会议，认真研究部署扶贫工作。",
    "扶贫工作开展的关键在于加强领导，有了完整的领导组织机构，才能确保各项扶贫工作顺利开展。",
    "坚持以问题为导向对全镇村组开展拉网式排查，做到村村过、户户到、项项核、条条清，不少一村，不落一户。",
    "以市场需求为导向，以坝区产业结构调整为抓手，因地制宜、科学规划，积极实施引业到镇、引企到村、引技到户。",
    "着力改善贫困村组基础条件，加快各村组基础设施建设步伐，直击贫困根源，筑牢脱贫根基。",
    "确保易地扶贫搬迁政策执行不走样，通过制定搬迁户一户一档继续做好搬迁后帮扶工作。",
    "以网格为单位开展就业需求大排查工作，以镇为单位统筹开展就业技能培训，做好群众外出务工服务工作。",
    "镇政府采取聘请专业人士讲课、举办农民夜校、推荐种养大户到县市培训等形式，在全镇范围内广泛开展劳务培训。",
    "在实施整村推进扶贫工作过程中，我镇牢固树立以人为本的服务理念，采取有效措施，加大工作力度。",
    "把最困难的群众、最需要帮助的群众、完全符合条件的群众纳入到兜底脱贫的范围。",
    "镇党政领导、镇干部坚持每周下乡，走访慰问困难群众，帮助贫困农民想办法，出主意，寻求脱贫致富之路。",
    "切实转变贫困户脱贫致富观念，鼓励和帮助有劳动能力的扶贫对象通过自身努力摆脱贫困。",
    "紧紧围绕村集体增收和贫困户脱贫的中心任务，建立增加村集体收入和贫困户稳定脱贫的长效机制。",
    "县级干部调度到村、科级干部帮扶到户、镇村及驻村干部服务到人，脱贫总攻战全面打响。",
    "一手抓牢疫情防控，一手抓实春耕备耕，组织镇村干部和无职党员活跃在乡间地头。",
    "通过农户加合作社加公司模式，引导农民发展特色种养，带动贫困户劳动致富。",
    "进一步完善产业路、村庄照明、村庄整治、文化广场、农村水利设施等基础设施。",
    "对照脱贫标准逐户逐项查漏补缺，确保脱贫成果经得起历史和人民的检验。",
    "加强扶贫资金项目监管，严格执行公告公示制度，确保每一分钱都用在刀刃上。",
    "持续开展人居环境整治，清理村庄垃圾，整治乱堆乱放，村容村貌明显改善。",
    "健全防止返贫监测和帮扶机制，对脱贫不稳定户和边缘易致贫户实行动态管理。",
    "推动扶贫车间提质增效，让群众在家门口就业，实现挣钱顾家两不误。",
]
PROBLEMS = [
    "产业发展基础仍然薄弱，龙头企业带动能力不强，产业链条较短。",
    "部分群众内生动力不足，等靠要思想依然存在。",
    "基础设施建设欠账较多，部分村组道路等级低、养护难。",
    "扶贫干部业务能力参差不齐，精准识别、精准施策还有差距。",
    "易地搬迁后续扶持任务重，搬迁群众稳定就业渠道有待拓宽。",
]
PLANS = [
    "继续加大扶贫开发宣传力度，切实转变贫困户脱贫致富观念。",
    "着力推进重点项目建设，产业扶贫，提高群众的生产生活水平。",
    "巩固拓展脱贫攻坚成果，做好与乡村振兴的有效衔接。",
    "强化就业帮扶，组织劳务输出，稳定增加群众工资性收入。",
    "加强基层党组织建设，发挥党员先锋模范作用。",
]


def is_year_like(value):
    return 1990 <= value <= 2035


class Sentence:
    """A sentence built from pieces; a piece may carry the kind of a planted defect."""

    def __init__(self):
        self.pieces = []

    def add(self, text, kind=None):
        self.pieces.append((text, kind))
        return self

    def text(self):
        return "".join(piece for piece, _ in self.pieces)


class Writer:
    """Builds one document and records the scalar offsets of planted spans."""

    def __init__(self, rng):
        self.rng = rng
        self.parts = []
        self.length = 0
        self.bytes = 0
        self.planted = []

    def raw(self, text):
        self.parts.append(text)
        self.length += len(text)
        self.bytes += len(text.encode("utf-8"))

    def sentence(self, sentence):
        for text, kind in sentence.pieces:
            if kind is not None:
                self.planted.append({"kind": kind, "offset": self.length, "length": len(text), "quote": text})
            self.raw(text)

    def text(self):
        return "".join(self.parts)


class Generator:
    def __init__(self, rng):
        self.rng = rng

    # ----- numbers ---------------------------------------------------------------------------

    def count(self, low, high):
        """A count in [low, high] that is not year-like, so it can never look like a year."""
        while True:
            value = self.rng.randint(low, high)
            if not is_year_like(value):
                return value

    def split(self, total, parts):
        """`parts` positive non-year-like counts that add up to `total` (retries until they do)."""
        for _ in range(1000):
            cuts = sorted(self.rng.sample(range(1, total), parts - 1))
            values = [b - a for a, b in zip([0] + cuts, cuts + [total])]
            if all(v > 0 and not is_year_like(v) for v in values):
                return values
        raise RuntimeError("cannot split")

    def persons_for(self, households):
        return self.count(int(households * 2.6) + 1, int(households * 4.2) + 2)

    # ----- names -----------------------------------------------------------------------------

    def villages(self, k):
        # A list, not a set: set order depends on PYTHONHASHSEED, and the corpus must not.
        names = []
        while len(names) < k:
            name = self.rng.choice(FIRST) + self.rng.choice(SECOND)
            if name not in names:
                names.append(name)
        return names

    # ----- clean and defective sentences, one method per structure -----------------------------

    def basics(self, town, county, village_count):
        total = self.count(8000, 60000)
        rural = self.count(int(total * 0.7), total - 1)
        area = self.count(40, 320)
        groups = self.count(village_count * 8, village_count * 22)
        s = Sentence()
        s.add(f"{town}位于{county}西南部，距县城{self.count(8, 60)}公里，全镇总面积{area}平方公里，")
        s.add(f"辖{village_count}个村、{self.rng.randint(1, 3)}个居委会，{groups}个村民小组，")
        s.add(f"总人口{total}人，其中农村人口{rural}人。")
        return s, rural

    def masked(self, village):
        """Placeholders left in a template; the span is the placeholder itself."""
        choice = self.rng.randrange(5)
        s = Sentence()
        if choice == 0:
            s.add(f"一年来{village}村共转移富余劳动力{self.rng.randint(1, 9)}{self.rng.randint(1, 9)}")
            s.add("**", "masked-value").add(f"人，人均增收{self.count(200, 900)}元。")
        elif choice == 1:
            s.add(f"{village}村新农保参保率达")
            s.add("**", "masked-value").add("%以上，新型农村合作医疗参合率达98%以上。")
        elif choice == 2:
            s.add("力控").add("XX", "masked-value").add(f"年{village}村贫困发生率降至1%以内。")
        elif choice == 3:
            s.add(f"{village}村计划投资")
            s.add("**", "masked-value").add(f"0万余元，实施光伏发电项目，目前已拿到项目批文。")
        else:
            s.add("**", "masked-value").add(f"年{village}村完成危房改造{self.count(12, 90)}户，易地搬迁{self.count(5, 60)}户。")
        return s

    def missing_number(self, village):
        s = Sentence()
        if self.rng.random() < 0.5:
            s.add(f"{village}村开展渠道清淤扫障，投资").add("万元", "missing-number")
            s.add(f"，彻底疏通干渠和支渠{self.count(5, 60)}公里。")
        else:
            s.add(f"力争{village}村贫困发生率在").add("%", "missing-number").add("以内。")
        return s

    def clean_investment(self, village):
        return Sentence().add(f"{village}村开展渠道清淤扫障，投资{self.count(12, 480)}万元，彻底疏通干渠和支渠{self.count(5, 60)}公里。")

    def village_sum(self, villages, bad):
        """A total with a colon list of village parts; when `bad`, the total is off."""
        parts = [self.count(20, 700) for _ in villages]
        while is_year_like(sum(parts)):
            parts[0] = self.count(20, 700)
        total = sum(parts)
        if bad:
            total += self.rng.choice([-1, 1]) * self.rng.randint(max(3, total // 40), max(4, total // 8))
            if is_year_like(total):
                total += 50
        s = Sentence().add("全镇共有建档立卡贫困户")
        s.add(f"{total}户", "sum-mismatch" if bad else None)
        s.add("：" + "、".join(f"{v}村{p}户" for v, p in zip(villages, parts)) + "。")
        return s

    def breakdown(self, total, k, bad, colon):
        """`k` parts of `total`; when `bad`, the parts do not add up. After 其中 the parts may
        legitimately cover only part of the total, so a bad 其中 breakdown always adds up to more."""
        parts = self.split(total, k)
        if bad:
            index = self.rng.randrange(k)
            delta = self.rng.randint(max(3, total // 30), max(4, total // 6))
            if colon and self.rng.random() < 0.5 and parts[index] > delta:
                parts[index] -= delta
            else:
                parts[index] += delta
            if is_year_like(parts[index]):
                parts[index] += 50
        return parts

    def fund_sum(self, village, bad):
        """Money with a 其中 or colon breakdown; when `bad`, one part is mistyped."""
        k = self.rng.randint(3, 5)
        total = self.count(800, 9000)
        colon = self.rng.random() < 0.5
        parts = self.breakdown(total, k, bad, colon)
        sources = self.rng.sample(FUNDS, k)
        s = Sentence().add(f"{village}村全年共投入扶贫资金")
        s.add(f"{total}万元", "sum-mismatch" if bad else None)
        if colon:
            s.add("：" + "、".join(f"{name}{value}万元" for name, value in zip(sources, parts)) + "。")
        else:
            s.add("，其中" + "，".join(f"{name}{value}万元" for name, value in zip(sources, parts)) + "。")
        return s

    def crop_sum(self, village, bad):
        k = self.rng.randint(3, 5)
        total = self.count(1200, 15000)
        colon = self.rng.random() < 0.5
        parts = self.breakdown(total, k, bad, colon)
        crops = self.rng.sample(CROPS, k)
        s = Sentence().add(f"{village}村发展特色产业")
        s.add(f"{total}亩", "sum-mismatch" if bad else None)
        s.add(("：" if colon else "，其中") + "、".join(f"{c}{p}亩" for c, p in zip(crops, parts)) + "。")
        return s

    def relocation(self, bad, village=None):
        """Households and persons relocated, with the poor households among them (其中, a part)."""
        households = self.count(120, 900)
        persons = self.persons_for(households)
        poor = self.count(households // 2, households - 10)
        poor_persons = self.count(int(poor * 2.6) + 1, min(persons - 5, int(poor * 4.2) + 2))
        if bad:
            poor = households + self.rng.randint(10, max(11, households // 3))
            poor_persons = self.persons_for(poor)
        where = f"{village}村" if village else ""
        s = Sentence().add(f"从{self.rng.randint(2015, 2018)}年以来，{where}共实现易地扶贫搬迁{households}户{persons}人，其中，贫困户")
        s.add(f"{poor}户{poor_persons}人", "part-exceeds-whole" if bad else None)
        sites = self.rng.sample(SITES, 2)
        first = self.count(households // 3, households // 2)
        first_persons = self.count(int(first * 2.6) + 1, int(first * 3.4) + 1)
        second_persons = persons - first_persons
        if is_year_like(second_persons):
            # Derived figures must not look like years either: move a few persons to the first site.
            first_persons += 50
            second_persons -= 50
        s.add(f"。建成{sites[0]}、{sites[1]}2个，其中{sites[0]}安置{first}户{first_persons}人，{sites[1]}安置{households - first}户{second_persons}人，入住率达100%。")
        return s

    def employment(self, bad, village=None):
        total = self.count(300, 3000)
        part = self.count(total // 4, total - 20)
        if bad:
            part = total + self.rng.randint(20, max(21, total // 2))
            if is_year_like(part):
                part += 100
        where = f"{village}村" if village else "全镇"
        s = Sentence().add(f"{where}组织劳务输出吸纳就业{total}人，其中贫困人口")
        s.add(f"{part}人", "part-exceeds-whole" if bad else None)
        s.add("，实现一人就业、全家脱贫。")
        return s

    def rates(self, village, bad):
        s = Sentence()
        choice = self.rng.randrange(3)
        if bad:
            value = self.count(101, 180)
            label = ["新型农村合作医疗参合率达", "适龄儿童入学率达", "农村饮水安全覆盖率达"][choice]
            s.add(f"{village}村{label}").add(f"{value}%", "rate-out-of-range").add("。")
        else:
            label = ["新型农村合作医疗参合率达", "适龄儿童入学率达", "农村饮水安全覆盖率达"][choice]
            s.add(f"{village}村{label}{self.rng.randint(90, 100)}%{self.rng.choice(['', '以上'])}，")
            s.add(f"村集体经济收入同比增长{self.count(5, 160)}%。")
        return s

    def coverage(self, village, bad):
        """A rate named by what it counts, with its numerator and base: 参保率 = 实际参保 ÷ 应参保."""
        due = self.count(800, 9000)
        insured = self.count(int(due * 0.82), due - 1)
        rate = round(insured * 100 / due, 1)
        if bad:
            rate = min(99.9, round(rate + self.rng.choice([-1, 1]) * self.rng.randint(30, 80) / 10, 1))
            if abs(rate - insured * 100 / due) < 2:
                rate = round(rate - 4, 1)
        s = Sentence().add(f"{village}村城乡居民医疗保险应参保{due}人，实际参保{insured}人，参保率")
        s.add(f"{rate:.1f}%", "rate-mismatch" if bad else None).add("。")
        return s

    def shares(self, village, bad):
        """Shares of one whole, by sex: 男性占a%，女性占b%, with a + b = 100 unless bad."""
        men = self.rng.randint(480, 540) / 10
        women = round(100 - men, 1)
        if bad:
            women = round(women + self.rng.randint(20, 60) / 10, 1)
        s = Sentence().add(f"{village}村常住人口中，男性占{men:.1f}%，女性占")
        s.add(f"{women:.1f}%", "shares-exceed-whole" if bad else None).add("。")
        return s

    def household(self, village, bad):
        households = self.count(60, 900)
        persons = self.persons_for(households)
        if bad:
            persons = self.count(max(10, households // 3), households - 5)
        s = Sentence().add(f"{village}村共有农户")
        s.add(f"{households}户{persons}人", "household-size" if bad else None)
        s.add(f"，其中脱贫监测户{self.count(2, 12)}户。")
        return s

    def duplicate_unit(self, village, bad):
        n = self.count(20, 400)
        s = Sentence().add(f"{village}村扶贫车间吸纳")
        if bad:
            s.add(f"{n}人名", "duplicate-unit")
        else:
            s.add(f"{n}名")
        s.add("建档立卡贫困劳动力实现就近就业。")
        return s

    def power(self, villages, bad):
        capacity = self.count(60, 900)
        s = Sentence().add(f"{'、'.join(villages)}{len(villages)}村光伏发电项目均已完工，装机容量{capacity}千瓦，")
        if bad:
            s.add("总发电量").add(f"{self.count(120, 900)}千瓦", "unit-mismatch").add("。")
        else:
            s.add(f"年发电量{self.count(60000, 900000)}千瓦时。")
        return s

    def area(self, village, bad):
        s = Sentence().add(f"{village}村总面积")
        if bad:
            s.add(f"{self.count(6, 60)}公里", "unit-mismatch")
        else:
            s.add(f"{self.count(6, 60)}平方公里")
        s.add(f"，耕地{self.count(800, 6000)}亩。")
        return s

    def village_list(self, villages, bad):
        n = len(villages)
        s = Sentence()
        if self.rng.random() < 0.5:
            count = n if not bad else self.rng.choice([c for c in range(2, n + 4) if c != n])
            s.add(f"确保年内{'、'.join(villages)}")
            s.add(f"{count}个", "list-count-mismatch" if bad else None)
            s.add("贫困村出列。")
        else:
            # After 等 the list may be shorter than the count, never longer.
            count = self.rng.randint(n, n + 2) if not bad else self.rng.randint(1, n - 1)
            s.add(f"以{'、'.join(villages)}等")
            s.add(f"{count}村", "list-count-mismatch" if bad else None)
            s.add(f"为中心，发展{self.rng.choice(CROPS)}{self.count(300, 4000)}亩。")
        return s

    def yearly_list(self, villages, year, bad):
        values = [self.count(40, 900) for _ in villages]
        s = Sentence().add(f"{year}年，{'、'.join(villages)}{CHINESE_COUNTS[len(villages)]}村贫困户分别为")
        bad_index = self.rng.randrange(len(villages)) if bad else -1
        for i, v in enumerate(values):
            if i:
                s.add("、")
            if i == bad_index:
                s.add(f"{year}户", "year-as-count")
            else:
                s.add(f"{v}户")
        s.add("。")
        return s

    def product(self, village):
        households = self.count(12, 80)
        each = self.rng.choice([500, 800, 1000, 1200, 1500, 2000])
        return Sentence().add(f"{village}村{households}户贫困户每户可获得{each}元分红资金，共计{households * each}元。")

    def incidence(self, village):
        rural = self.count(1200, 9000)
        poor = self.count(rural // 60, rural // 8)
        rate = round(poor * 100 / rural, 2)
        return Sentence().add(f"{village}村农村人口{rural}人，贫困人口{poor}人，贫困发生率{rate:.2f}%。")

    def bounds(self, village):
        low = self.count(300, 1500)
        high = low + self.count(30, 200)
        value = self.rng.randint(low, high)
        if is_year_like(value):
            value = low
        households = self.count(value // 4 + 1, value // 3)
        return Sentence().add(f"{village}村预脱贫{households}户{value}人，（下限{low}人，上限{high}人）。")

    def money(self, village):
        big = self.rng.randint(120, 980) / 100
        return Sentence().add(f"{village}村年内争取列入重点项目，总投资{big:.2f}亿元，已完成投资{self.count(300, int(big * 10000) - 10)}万元。")

    def date(self, year):
        return Sentence().add(f"{year}年{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日，县委召开脱贫攻坚推进会，对各项工作进行再部署。")


def build_document(gen, rng, target_bytes, defects):
    """One document of about `target_bytes` UTF-8 bytes holding each planted kind in `defects`."""
    w = Writer(rng)
    town = rng.choice(TOWN_FIRST) + rng.choice(TOWN_SECOND) + "镇"
    county = rng.choice(COUNTY)
    year = rng.randint(2016, 2021)
    pool = gen.villages(rng.randint(14, 30))
    w.raw(f"{town}{year}年脱贫攻坚工作汇报\n\n一、基本情况\n\n")
    basics, _ = gen.basics(town, county, len(pool))
    w.sentence(basics)
    w.sentence(gen.date(year))
    w.raw("\n\n二、主要工作\n\n")

    # Planted defects go into the first village paragraphs, in shuffled order. Each structure is
    # stated at most once per village (whole-town ones once per document), so that no subject is
    # stated twice with two values by accident.
    pending = list(defects)
    rng.shuffle(pending)
    item = 0
    used = set()
    while w.bytes < target_bytes or pending:
        item += 1
        village = pool[(item - 1) % len(pool)]
        others = [v for v in pool if v != village]
        w.raw(f"（{ORDINALS[(item - 1) % 10]}）{village}村。")
        sentences = [Sentence().add(rng.choice(PROSE)) for _ in range(rng.randint(2, 4))]
        if pending:
            kind = pending.pop()
            for structure in DEFECT_STRUCTURE[kind]:
                used.add((structure, village if structure not in TOWN_LEVEL else ""))
            sentences.append(defect_structure(gen, rng, kind, village, others, year))
        choices = [k for k in STRUCTURES if (k, village if k not in TOWN_LEVEL else "") not in used]
        for k in rng.sample(choices, min(3, len(choices))):
            used.add((k, village if k not in TOWN_LEVEL else ""))
            sentences.append(clean_structure(gen, rng, k, village, others, year))
        rng.shuffle(sentences)
        for s in sentences:
            w.sentence(s)
        w.raw("\n\n")
    w.raw("三、存在问题\n\n" + "".join(rng.sample(PROBLEMS, 3)) + "\n\n")
    w.raw("四、下一步工作计划\n\n" + "".join(f"（{ORDINALS[i]}）{p}" for i, p in enumerate(rng.sample(PLANS, 3))) + "\n")
    return w


STRUCTURES = ["town-sum", "fund-sum", "crop-sum", "relocation", "employment", "rate", "household",
              "dup", "power", "area", "list", "yearly", "product", "incidence", "bounds", "money",
              "investment", "masked-like", "coverage", "shares"]
TOWN_LEVEL = {"town-sum", "relocation", "employment", "yearly"}
# The clean structures a defect stands in for: they are not used again for the same village.
DEFECT_STRUCTURE = {
    "masked-value": ["masked-like", "rate"],
    "missing-number": ["investment", "incidence"],
    "sum-mismatch": ["fund-sum", "crop-sum"],
    "part-exceeds-whole": ["village-relocation", "village-employment"],
    "rate-out-of-range": ["rate"],
    "household-size": ["household"],
    "duplicate-unit": ["dup"],
    "unit-mismatch": ["power", "area"],
    "list-count-mismatch": ["list"],
    "year-as-count": ["yearly"],
    "rate-mismatch": ["coverage"],
    "shares-exceed-whole": ["shares"],
}


def clean_structure(gen, rng, k, village, others, year):
    if k == "town-sum":
        return gen.village_sum(rng.sample(others, rng.randint(3, 5)), bad=False)
    if k == "fund-sum":
        return gen.fund_sum(village, bad=False)
    if k == "crop-sum":
        return gen.crop_sum(village, bad=False)
    if k == "relocation":
        return gen.relocation(bad=False)
    if k == "employment":
        return gen.employment(bad=False)
    if k == "rate":
        return gen.rates(village, bad=False)
    if k == "household":
        return gen.household(village, bad=False)
    if k == "dup":
        return gen.duplicate_unit(village, bad=False)
    if k == "power":
        return gen.power(rng.sample(others, rng.randint(2, 4)), bad=False)
    if k == "area":
        return gen.area(village, bad=False)
    if k == "list":
        return gen.village_list(rng.sample(others, rng.randint(2, 6)), bad=False)
    if k == "yearly":
        return gen.yearly_list(rng.sample(others, rng.randint(3, 5)), year, bad=False)
    if k == "product":
        return gen.product(village)
    if k == "incidence":
        return gen.incidence(village)
    if k == "bounds":
        return gen.bounds(village)
    if k == "money":
        return gen.money(village)
    if k == "coverage":
        return gen.coverage(village, bad=False)
    if k == "shares":
        return gen.shares(village, bad=False)
    if k == "masked-like":
        # The correct form of the sentences the masked defects are planted in.
        return Sentence().add(f"一年来{village}村共转移富余劳动力{gen.count(20, 990)}人，人均增收{gen.count(200, 900)}元。")
    return gen.clean_investment(village)


def defect_structure(gen, rng, kind, village, others, year):
    if kind == "masked-value":
        return gen.masked(village)
    if kind == "missing-number":
        return gen.missing_number(village)
    if kind == "sum-mismatch":
        # The town-level list is used by the clean structures too; a defect takes a village-level sum.
        return gen.fund_sum(village, bad=True) if rng.random() < 0.5 else gen.crop_sum(village, bad=True)
    if kind == "part-exceeds-whole":
        return gen.relocation(bad=True, village=village) if rng.random() < 0.5 else gen.employment(bad=True, village=village)
    if kind == "rate-out-of-range":
        return gen.rates(village, bad=True)
    if kind == "household-size":
        return gen.household(village, bad=True)
    if kind == "duplicate-unit":
        return gen.duplicate_unit(village, bad=True)
    if kind == "unit-mismatch":
        return gen.power(rng.sample(others, rng.randint(2, 4)), bad=True) if rng.random() < 0.5 else gen.area(village, bad=True)
    if kind == "list-count-mismatch":
        return gen.village_list(rng.sample(others, rng.randint(3, 6)), bad=True)
    if kind == "year-as-count":
        return gen.yearly_list(rng.sample(others, rng.randint(3, 5)), year, bad=True)
    if kind == "rate-mismatch":
        return gen.coverage(village, bad=True)
    if kind == "shares-exceed-whole":
        return gen.shares(village, bad=True)
    raise ValueError(kind)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size_mb", type=float, help="corpus size in megabytes (10^6 bytes)")
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--defect-share", type=float, default=0.4,
                        help="share of documents that hold planted defects (default 0.4)")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    gen = Generator(rng)
    docs_dir = os.path.join(args.out_dir, "docs")
    os.makedirs(docs_dir, exist_ok=True)
    target = int(args.size_mb * 1_000_000)
    written = 0
    index = 0
    counts = {k: 0 for k in KINDS}
    clean_docs = 0
    with open(os.path.join(args.out_dir, "planted.jsonl"), "w", encoding="utf-8") as planted:
        while written < target:
            index += 1
            doc_id = f"doc_{index:06d}"
            size = rng.randint(5_000, 48_000)
            defects = []
            if rng.random() < args.defect_share:
                defects = rng.sample(KINDS, rng.randint(1, 4))
            else:
                clean_docs += 1
            w = build_document(gen, rng, size, defects)
            text = w.text()
            data = text.encode("utf-8")
            with open(os.path.join(docs_dir, doc_id + ".txt"), "wb") as f:
                f.write(data)
            written += len(data)
            for p in w.planted:
                assert text[p["offset"]:p["offset"] + p["length"]] == p["quote"], p
                counts[p["kind"]] += 1
                planted.write(json.dumps({"doc": doc_id, **p}, ensure_ascii=False) + "\n")
    info = {"bytes": written, "documents": index, "clean_documents": clean_docs, "seed": args.seed,
            "defect_share": args.defect_share, "planted": counts}
    with open(os.path.join(args.out_dir, "corpus.json"), "w", encoding="utf-8") as f:
        json.dump(info, f, ensure_ascii=False, indent=2)
    print(f"{index} documents, {written / 1e6:.1f} MB, {sum(counts.values())} planted defects -> {args.out_dir}",
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
