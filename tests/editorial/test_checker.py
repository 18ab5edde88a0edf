from portal.editorial.checker import check


def kinds(text, words=()):
    return [finding.kind for finding in check(text, words)]


def test_a_good_easy_japanese_text_gets_no_warning():
    assert kinds("カードを なくしました。 役所に 行って ください。") == []


def test_a_long_sentence_is_flagged():
    long = "特定在留カードを もらうためには 地方出入国在留管理局で 在留期間の 更新と いっしょに 申し込みを します。"
    assert "long" in kinds(long)


def test_a_sentence_not_ending_in_desu_masu_is_flagged():
    assert "ending" in kinds("カードは 1枚に なる。")
    assert "ending" not in kinds("カードは 1枚に なります。")
    assert "ending" not in kinds("役所で 聞いて ください。")


def test_list_items_without_a_full_stop_are_not_sentences():
    assert kinds("- 在留カード\n- マイナンバーカード") == []


def test_double_negatives_are_flagged():
    assert "double-negative" in kinds("カードを 持って いなければ なりません。".replace(" ", ""))
    assert "double-negative" in kinds("できないわけではありません。")


def test_too_many_kanji_are_flagged():
    assert "kanji" in kinds("特定在留期間更新許可申請書類提出場所確認。")
    assert "kanji" not in kinds("かーどを もって いきます。")


def test_a_hard_word_needs_an_explanation_in_place_the_first_time():
    assert "hard-word" in kinds("申請を します。", ["申請"])
    assert "hard-word" not in kinds("申請(=申し込み)を します。 申請は 無料です。", ["申請"])


def test_markdown_and_aozora_marks_are_not_counted():
    assert kinds("**カード**を もらいます。 [ここ](https://example.org)を 見て ください。") == []
    assert kinds("｜行《おこな》います。") == []


def test_a_hard_word_inside_a_longer_explained_hard_word_is_not_flagged():
    words = ["永住者", "特別永住者"]
    assert "hard-word" not in kinds("特別永住者(=昔から 日本に 住む 人)の 人も 使えます。", words)
    assert "hard-word" not in kinds("特別永住者(=昔から 日本に 住む 人)の 人も 使えます。", list(reversed(words)))
    words = ["在留", "在留カード"]
    assert "hard-word" not in kinds("在留カード(=外国人の カード)を 見せます。", words)
    assert "hard-word" not in kinds("在留カード(=外国人の カード)を 見せます。", list(reversed(words)))


def test_a_hard_word_used_on_its_own_is_still_checked_beside_a_longer_one():
    findings = check("特別永住者(=昔から 日本に 住む 人)と 永住者の 人が 使えます。", ["永住者", "特別永住者"])
    assert [finding.excerpt for finding in findings if finding.kind == "hard-word"] == ["永住者"]
    assert "hard-word" not in kinds("特別永住者(=昔から 日本に 住む 人)と 永住者(=ずっと 住める 人)が 使えます。",
                                    ["永住者", "特別永住者"])


def test_an_unexplained_longer_hard_word_is_flagged_once_under_its_own_name():
    findings = check("特別永住者の 人も 使えます。", ["永住者", "特別永住者"])
    assert [finding.excerpt for finding in findings if finding.kind == "hard-word"] == ["特別永住者"]
