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
